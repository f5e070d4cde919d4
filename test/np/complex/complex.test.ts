/**
 * Complex arrays against Debian's NumPy (test/golden/np_complex/cases.json, from
 * scripts/golden/np_complex.py): ufuncs, promotion, casts, reductions, products, sorting and
 * printing, over contiguous, transposed, reversed and broadcast inputs.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { inspect } from "node:util";
import { np } from "../../../src";
import type { NDArray } from "../../../src/np";
import { loadGolden } from "../../helpers/golden";
import { Encoded, assertMatches, decodeArray, withLayout } from "./_complex_cases";

interface Case {
  op: string;
  args: { value: Encoded; layout: string }[];
  result: Encoded;
  repr: string | null;
  to?: string;
  scalar?: [number, number];
}
interface Printed {
  value: Encoded;
  repr: string;
  str: string;
  repr_p3: string;
  repr_suppress: string;
  a2s: string;
}
const G = loadGolden<{ cases: Case[]; printing: Record<string, Printed>; scalars: { re: number; im: number; c128: string; c64: string }[]; tolist: { value: Encoded; tolist: [number, number][][] } }>("np_complex/cases");

const fns = np as unknown as Record<string, (...args: unknown[]) => unknown>;
const asArray = (v: unknown): NDArray => (v instanceof np.NDArray ? v : np.asarray(v as never));

/** The library call for each operation the fixtures name. */
function run(c: Case, xs: NDArray[]): NDArray {
  const [x, y] = xs;
  switch (c.op) {
    case "angle_deg": return np.angle(x, { deg: true });
    case "multiply_scalar": return np.multiply(x, np.complex128(c.scalar![0], c.scalar![1]));
    case "add_scalar_c64": return np.add(x, np.complex64(c.scalar![0], c.scalar![1]));
    case "astype_from": return x.astype("complex128");
    case "astype": return x.astype(c.to as never);
    case "sum_axis0": return asArray(np.sum(x, 0));
    case "sum_axis1_keepdims": return asArray(np.sum(x, { axis: 1, keepdims: true }));
    case "mean_axis1": return asArray(x.mean({ axis: 1 }));
    case "prod_axis0": return asArray(np.prod(x, 0));
    case "prod_axis1": return asArray(np.prod(x, { axis: 1 }));
    case "cumsum_axis1": return np.cumsum(x, 1);
    case "cumprod_axis0": return np.cumprod(x, 0);
    case "std_axis0": return asArray(np.std(x, 0));
    case "sort_axis0": return np.sort(x, 0);
    case "real_if_close_tol": return np.real_if_close(x, { tol: 1e-9 });
    case "where": return np.where(x, y, xs[2]);
    case "all_axis1": return asArray(np.all(x, 1));
    case "nonzero0": return np.nonzero(x)[0];
    case "nonzero1": return np.nonzero(x)[1];
    case "sum": case "mean": case "prod": case "var": case "any": case "count_nonzero": return asArray(fns[c.op](x));
    default: return asArray(fns[c.op](...xs));
  }
}

test("complex ufuncs, promotion, casts, reductions and products match NumPy over every layout", () => {
  let checked = 0;
  for (const c of G.cases) {
    const xs = c.args.map((a) => withLayout(decodeArray(a.value), a.layout));
    const what = `${c.op}(${c.args.map((a) => `${a.value.dtype}/${a.layout}`).join(", ")})`;
    const got = run(c, xs);
    const single = c.result.dtype === "complex64" || c.result.dtype === "float32" || c.args.some((a) => a.value.dtype === "complex64" || a.value.dtype === "float32");
    assertMatches(got, c.result, what, single ? 2e-6 : 1e-12);
    checked++;
  }
  assert.ok(checked > 300, `${checked} cases`);
});

test("complex arrays print as NumPy prints them: repr, str, precision, suppress, array2string", () => {
  for (const [key, p] of Object.entries(G.printing)) {
    const a = decodeArray(p.value);
    assert.is(inspect(a), p.repr, `${key} repr`);
    assert.is(String(a), p.str, `${key} str`);
    assert.is(np.printoptions({ precision: 3 }, () => inspect(a)), p.repr_p3, `${key} precision=3`);
    assert.is(np.printoptions({ suppress: true }, () => inspect(a)), p.repr_suppress, `${key} suppress`);
    assert.is(np.array2string(a, { separator: ", ", max_line_width: 40 }), p.a2s, `${key} array2string`);
  }
});

test("complex scalars print as NumPy's complex128 and complex64 scalars", () => {
  for (const s of G.scalars) {
    assert.is(String(np.complex128(s.re, s.im)), s.c128);
    assert.is(inspect(np.complex64(s.re, s.im)), s.c64);
    assert.is(String(np.array(np.complex128(s.re, s.im))), s.c128);
  }
});

test("tolist and item give complex scalars; printed results match the repr of each case", () => {
  const a = decodeArray(G.tolist.value);
  const list = a.tolist() as { re: number; im: number }[][];
  assert.equal(list.map((row) => row.map((z) => [z.re, z.im])), G.tolist.tolist);
  const z = a.item(1, 0) as unknown as { re: number; im: number };
  assert.equal([z.re, z.im], G.tolist.tolist[1][0]);
  let same = 0;
  for (const c of G.cases) {
    if (c.repr === null) continue;
    const got = run(c, c.args.map((x) => withLayout(decodeArray(x.value), x.layout)));
    const single = c.args.some((x) => x.value.dtype === "complex64");
    if (inspect(got) === c.repr) same++;
    else if (!single && !c.op.startsWith("cum") && !["tan", "tanh", "exp2", "log2", "log10", "expm1", "power", "prod", "prod_axis0", "prod_axis1", "var"].includes(c.op)) assert.is(inspect(got), c.repr, c.op);
  }
  assert.ok(same > 300, `${same} reprs identical`);
});

test("complex128 and complex64 take real and imag as keywords; what is not done says so", () => {
  assert.is(String(np.complex128({ real: 1.5, imag: -2 })), "(1.5-2j)");
  assert.is(String(np.complex64(0.1, { imag: 3 })), "(0.1+3j)");
  const z = np.array([np.complex128(1, 2), 3]);
  assert.equal(String(np.max(z, { initial: 0 })), "(3+0j)");
  assert.throws(() => np.floor(z), (e: Error) => e.name === "UFuncTypeError" && e.message === "ufunc 'floor' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''");
  assert.throws(() => np.array([np.complex128(1, 2)], { dtype: "float64" }), (e: Error) => e.message === "float() argument must be a string or a real number, not 'complex'");
  assert.throws(() => np.array([np.complex128(1, 2)], { dtype: "int8" }), (e: Error) => e.message === "int() argument must be a string, a bytes-like object or a real number, not 'complex'");
  assert.equal(np.array([np.complex128(0, 2), 0], { dtype: "bool" }).tolist(), [true, false]);
});

test.run();
