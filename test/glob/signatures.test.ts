/** Every public function of glob and fnmatch carries its Python signature (Python 3.11's). */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { glob as globNs } from "../../src";
import { signatureOf } from "../../src/signature";
import { NotImplementedError } from "../../src/errors";



test("options by keyword; dir_fd is NotImplementedError; a bad call fails before iteration", () => {
  const root = __dirname;
  // glob.glob('*.test.ts', root_dir=<this folder>) lists the test files by bare name
  assert.ok(globNs.glob("*.test.ts", { root_dir: root }).includes("signatures.test.ts"));
  assert.equal(globNs.glob({ pathname: "signatures.test.ts", root_dir: root }), ["signatures.test.ts"]);
  assert.throws(() => globNs.glob("*", { dir_fd: 3 as unknown as null }), (e: Error) => e instanceof NotImplementedError && e.message === "glob() dir_fd=3 is not supported yet");
  assert.throws(() => globNs.iglob("*", { recursve: true } as object), (e: Error) => e.name === "TypeError" && e.message === "iglob() got an unexpected keyword argument 'recursve'");
  // fnmatch.fnmatch('a.py', '*.py'), fnmatch.filter('abc', 'a') == ['a'], glob.has_magic('a[b')
  assert.is(globNs.fnmatch.fnmatch("a.py", "*.py"), true);
  assert.equal(globNs.fnmatch.filter("abc", "a"), ["a"]);
  assert.is(globNs.has_magic({ s: "a[b" } as unknown as string), true);
  assert.is(globNs.escape("a*b"), "a[*]b");
});

test.run();
