/**
 * Cells with operators through the kernel's converter (tslab's type check and compile, no
 * Jupyter): expressions keep an NDArray type, declarations from earlier cells and const
 * bindings work, real type errors are reported at the operator with TypeScript's own message,
 * and cells without operators compile as before. Needs the built package (npm run build).
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createCellConverters } from "../../../src/kernel/converters";
import type { Diagnostic } from "../../../src/kernel/tslab";

const converters = createCellConverters();
const converter = converters.node;
// the converter's language service watches files: close it so the test process can end
test.after(() => converters.close());
let prevDecl = "";

/** Compiles a cell after the earlier ones; its diagnostics as `line:column code message`. */
function compile(code: string): string[] {
  const r = converter.convert(prevDecl, code);
  if (r.diagnostics.length === 0 && r.declOutput !== undefined) prevDecl = r.declOutput;
  return r.diagnostics.map((d: Diagnostic) => `${d.start.line + 1}:${d.start.character + 1}-${d.end.line + 1}:${d.end.character + 1} ${d.code} ${d.messageText}`);
}

test("operator expressions type-check as NDArray, across cells, in functions, classes and loops", () => {
  assert.equal(compile('import { np } from "tslab-sci";\nconst a = np.array([1, 2, 3]);\nlet b = np.array([2., -1., 4.]);'), []);
  assert.equal(compile("const c = a - b;\nconst d: np.NDArray = (c * 2 + 1) ** 2 < 3;\nd.dtype"), []);
  assert.equal(compile("c.sum() * 2 + c.max()"), [], "methods on operator results, from an earlier cell");
  assert.equal(compile("const sigmoid = (z: np.NDArray) => 1 / (1 + np.exp(-z));\nfunction cost(y: np.NDArray) { return -y * np.log(sigmoid(a)); }\ncost(b).mean()"), []);
  assert.equal(compile("class M { constructor(public w: np.NDArray) {} step(g: np.NDArray) { this.w -= 0.1 * g; return this.w; } }\nfor (let k = 0; k < 3; k++) b += a / 2;"), []);
  assert.equal(compile("a += 1; c *= 2.;\nconst v = a.get('1:');\nv -= 1"), [], "const bindings updated in place");
});

test("numbers, strings and bigints keep their operators' types", () => {
  assert.equal(compile('const n: number = 2 * 3 - a.size;\nconst s: string = "n" + n + 1;\nconst big: bigint = 2n ** 10n;\nconst t: boolean = n < 3 && "a" < "b";'), []);
});

test("a real type error is reported at the operator, with TypeScript's message", () => {
  assert.equal(compile('const e = a - "x";'), ["1:15-1:18 2363 The right-hand side of an arithmetic operation must be of type 'any', 'number', 'bigint' or an enum type."]);
  assert.equal(compile("let q = 5;\nq += a;"), ["2:1-2:7 2365 Operator '+=' cannot be applied to types 'number' and 'NDArray'."]);
  assert.equal(compile("const h = 5;\nh *= a;"), ["2:1-2:2 2588 Cannot assign to 'h' because it is a constant."]);
  assert.equal(compile("const x = a * 2;\nconst y: string = x;"), ["2:7-2:8 2322 Type 'NDArray' is not assignable to type 'string'."]);
  assert.equal(compile("const z = (a - 1).nosuch;"), ["1:19-1:25 2339 Property 'nosuch' does not exist on type 'NDArray'."]);
});

test("a cell without operators compiles unchanged", () => {
  const r = converter.convert(prevDecl, "const m = a.sub(1).mul(2);");
  assert.equal(r.diagnostics, []);
  assert.not.match(r.output ?? "", /tslab_ops/);
});

test.run();
