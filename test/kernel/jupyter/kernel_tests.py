"""Jupyter's own kernel test suite (jupyter_kernel_test) against the tslab-sci kernel.

Run with JUPYTER_PATH pointing at the project's kernelspec (test/kernel/jupyter-kernel-test.test.ts
does): python3 -m unittest kernel_tests -v
"""
import unittest

import jupyter_kernel_test


class TslabSciKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = "tslab-sci"
    language_name = "typescript"
    file_extension = ".ts"

    code_hello_world = 'console.log("hello, world")'
    code_stderr = 'console.error("oops")'
    code_generate_error = 'throw new RangeError("out of range")'
    code_execute_result = [
        {"code": "6 * 7", "result": "42"},
        {"code": "[1, 2, 3].map((x) => x * 2)", "result": "[ 2, 4, 6 ]"},
        {"code": "'text'", "result": "'text'"},
    ]
    code_display_data = [
        {"code": 'import * as tslab from "tslab";\ntslab.display.html("<b>bold</b>")', "mime": "text/html"},
        {"code": 'import * as tslab2 from "tslab";\ntslab2.display.text("plain")', "mime": "text/plain"},
    ]
    code_inspect_sample = "Math.max"
    completion_samples = [
        {"text": "Math.ma", "matches": {"max"}},
        {"text": "const completeMe = 1;\ncompleteM", "matches": {"completeMe"}},
    ]
    complete_code_samples = ["1 + 1", "function f() {}", "const x = [1,\n2]"]
    incomplete_code_samples = ["function f() {", "const x = [1,"]


if __name__ == "__main__":
    unittest.main()
