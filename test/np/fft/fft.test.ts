/**
 * np.fft against Debian's NumPy (pocketfft), test/golden/np_fft/cases.json from
 * scripts/golden/np_fft.py: every transform over lengths with small and large prime factors,
 * n / s / axis / axes / norm, contiguous, transposed, reversed and broadcast inputs, errors.
 * Values within 1e-12 of the largest magnitude of each result.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np } from "../../../src";
import type { NDArray } from "../../../src/np";
import { loadGolden } from "../../helpers/golden";
import { Encoded, assertMatches, decodeArray, withLayout } from "../complex/_complex_cases";

interface Case {
  fn: string;
  input: Encoded;
  layout: string;
  kwargs: Record<string, unknown>;
  result?: Encoded;
  error?: string;
  message?: string;
}
const G = loadGolden<{
  cases: Case[];
  helpers: { fn: "fftfreq" | "rfftfreq"; n: number; d: number; result: Encoded }[];
  shift_input: Encoded;
  shifts: { fn: "fftshift" | "ifftshift"; axes: number | number[] | null; layout: string; result: Encoded }[];
}>("np_fft/cases");

const FFT = np.fft as unknown as Record<string, (a: NDArray, options?: object) => NDArray>;

test("every transform matches NumPy's pocketfft over lengths, options and layouts", () => {
  let n = 0;
  for (const c of G.cases) {
    if (c.result === undefined) continue;
    const x = withLayout(decodeArray(c.input), c.layout);
    const got = Object.keys(c.kwargs).length === 0 ? FFT[c.fn](x) : FFT[c.fn](x, c.kwargs);
    const single = c.input.dtype === "float32" || c.input.dtype === "complex64";
    assertMatches(got, c.result, `${c.fn}(${c.input.dtype}${JSON.stringify(c.input.shape)}/${c.layout}, ${JSON.stringify(c.kwargs)})`, single ? 1e-6 : 1e-12);
    n++;
  }
  assert.ok(n > 250, `${n} cases`);
});

test("bad n, norm, s/axes and axis raise NumPy's errors", () => {
  const errors = G.cases.filter((c) => c.error !== undefined);
  assert.ok(errors.length >= 6);
  for (const c of errors) {
    const x = decodeArray(c.input);
    assert.throws(() => FFT[c.fn](x, c.kwargs), (e: Error) => e.name === c.error && (c.error === "AxisError" || e.message === c.message), `${c.fn} ${JSON.stringify(c.kwargs)}: ${c.message}`);
  }
});

test("fftfreq and rfftfreq give NumPy's frequencies; positional d too", () => {
  for (const h of G.helpers) {
    assertMatches(np.fft[h.fn](h.n, { d: h.d }), h.result, `${h.fn}(${h.n}, ${h.d})`, 0);
    assertMatches(np.fft[h.fn](h.n, h.d), h.result, `${h.fn}(${h.n}, ${h.d})`, 0);
  }
});

test("fftshift and ifftshift roll every axis or the ones given, over any layout", () => {
  const a = decodeArray(G.shift_input);
  for (const s of G.shifts) {
    const x = withLayout(a, s.layout);
    const got = s.axes === null ? np.fft[s.fn](x) : np.fft[s.fn](x, { axes: s.axes });
    assertMatches(got, s.result, `${s.fn}(${s.layout}, ${JSON.stringify(s.axes)})`, 0);
  }
});

test.run();
