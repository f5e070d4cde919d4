/**
 * median, percentile and quantile of complex arrays against Debian's NumPy
 * (test/golden/np_complex/quantile.json, from scripts/golden/np_complex_quantile.py).
 */
import { test } from "uvu";
import { np } from "../../../src";
import type { NDArray } from "../../../src/np";
import { loadGolden } from "../../helpers/golden";
import { Encoded, assertMatches, decodeArray, withLayout } from "./_complex_cases";

interface Case {
  op: string;
  layout: string;
  axis: number | null;
  q?: number | number[];
  method?: string;
  result: Encoded;
}
const G = loadGolden<{ input: Encoded; with_nan: Encoded; cases: Case[]; nan_median_axis1: Encoded }>("np_complex/quantile");
const Z = decodeArray(G.input);
const asArray = (v: unknown): NDArray => (v instanceof np.NDArray ? v : np.asarray(v as never));

function run(c: Case): NDArray {
  const x = withLayout(Z, c.layout);
  switch (c.op) {
    case "median": return asArray(np.median(x, { axis: c.axis }));
    case "median_c64": return asArray(np.median(x.astype("complex64"), { axis: c.axis }));
    case "median_keepdims": return asArray(np.median(x, { axis: c.axis, keepdims: true }));
    case "percentile": return asArray(np.percentile(x, c.q as number, { axis: c.axis, method: c.method as never }));
    default: return asArray(np.quantile(x, c.q as number[], { axis: c.axis, method: c.method as never }));
  }
}

test("order statistics of complex arrays: NumPy's complex order, parts interpolated", () => {
  for (const c of G.cases) assertMatches(run(c), c.result, `${c.op} ${c.layout} axis=${c.axis} q=${c.q} ${c.method ?? ""}`, 1e-12);
});

test("a row holding a NaN gives nan+0j", () => {
  assertMatches(asArray(np.median(decodeArray(G.with_nan), { axis: 1 })), G.nan_median_axis1, "median with NaN", 0);
});

test.run();
