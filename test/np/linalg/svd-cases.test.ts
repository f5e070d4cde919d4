/**
 * np.linalg.svd over sizes 1..300 and awkward spectra (graded, clustered, repeated, rank
 * deficient) against Debian's NumPy 1.24: singular values, the reconstruction, orthogonality,
 * and the singular vectors up to each pair's sign where NumPy's are determined (well separated
 * singular values).
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np } from "../../../src";
import { GoldenArray, loadGolden } from "../../helpers/golden";

interface SvdCase {
  kind: "random" | "graded" | "clustered" | "repeated" | "rank_deficient";
  m: number;
  n: number;
  seed: number;
  s: GoldenArray;
  u: GoldenArray;
  vt: GoldenArray;
  pick?: GoldenArray;
}

const G = loadGolden<{ cases: SvdCase[] }>("np_linalg/svd_cases");

/** The generator's input, rebuilt with the same roundings. */
function build(c: SvdCase): Float64Array {
  const { m, n } = c;
  const b = Float64Array.from((new np.random.RandomState(c.seed).randn(m, n) as np.NDArray).ravel().tolist() as number[]);
  if (c.kind === "graded") for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) b[i * n + j] *= 2 ** -Math.floor((40 * i) / m);
  if (c.kind === "clustered") for (let i = 0; i < m * n; i++) b[i] = (Math.floor(i / n) === i % n ? 1 : 0) + 1e-9 * b[i];
  if (c.kind === "repeated") {
    const h = Math.floor(m / 2);
    const a = new Float64Array(m * n);
    for (let i = 0; i < h; i++) {
      for (let j = 0; j < h; j++) {
        a[i * n + j] = b[i * n + j];
        a[(h + i) * n + h + j] = b[i * n + j];
      }
    }
    return a;
  }
  if (c.kind === "rank_deficient") {
    const h = Math.floor(n / 2);
    for (let i = 0; i < m; i++) for (let j = 0; j < h; j++) b[i * n + h + j] = b[i * n + j];
  }
  return b;
}

const values = (a: np.NDArray) => a.ravel().tolist() as number[];

/** Which of the fixture's vector pairs NumPy determines: singular value apart from its neighbours. */
function determined(c: SvdCase, j: number): boolean {
  const s = c.s.data;
  if (c.kind === "clustered" || c.kind === "repeated") return false;
  const gap = Math.min(j > 0 ? s[j - 1] - s[j] : Infinity, j + 1 < s.length ? s[j] - s[j + 1] : Infinity);
  // a vector's error is about eps * s_max / gap; ask for 1e-10 only where that is 1e-12 or less
  return s[j] > 1e-10 * s[0] && gap > 1e-4 * s[0];
}

const worst = { s: 0, sRel: 0, rec: 0, orth: 0, vec: 0 };

for (const c of G.cases) {
  test(`svd of a ${c.kind} ${c.m} x ${c.n} matrix`, () => {
    const { m, n } = c;
    const k = Math.min(m, n);
    const a = build(c);
    const [u, s, vt] = np.linalg.svd(np.array(Array.from(a)).reshape(m, n)) as np.NDArray[];
    assert.equal(u.shape, [m, m]);
    assert.equal(vt.shape, [n, n]);
    const S = values(s);
    const U = values(u);
    const VT = values(vt);
    const gs = c.s.data;
    const smax = Math.max(gs[0] ?? 0, Number.MIN_VALUE);
    for (let j = 0; j < k; j++) {
      const diff = Math.abs(S[j] - gs[j]);
      worst.s = Math.max(worst.s, diff / smax);
      if (gs[j] > 1e-3 * smax) worst.sRel = Math.max(worst.sRel, diff / gs[j]);
      assert.ok(diff <= 1e-13 * smax, `s[${j}] = ${S[j]}, NumPy ${gs[j]}`);
    }
    // A = U[:, :k] diag(s) VT[:k], on the scale of s_max
    let rec = 0;
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let sum = 0;
        for (let t = 0; t < k; t++) sum += U[i * m + t] * S[t] * VT[t * n + j];
        rec = Math.max(rec, Math.abs(sum - a[i * n + j]));
      }
    }
    worst.rec = Math.max(worst.rec, rec / smax);
    assert.ok(rec <= 1e-12 * smax, `reconstruction off by ${rec}`);
    // U and VT orthogonal
    let orth = 0;
    for (const [q, size] of [[U, m], [VT, n]] as const) {
      for (let i = 0; i < size; i++) {
        for (let j = i; j < size; j++) {
          let dot = 0;
          for (let t = 0; t < size; t++) dot += q[t * size + i] * q[t * size + j];
          orth = Math.max(orth, Math.abs(dot - (i === j ? 1 : 0)));
        }
      }
    }
    worst.orth = Math.max(worst.orth, orth);
    assert.ok(orth <= 1e-12, `orthogonality off by ${orth}`);
    // the vectors NumPy determines, each (u column, vt row) pair's sign matched first
    const pick = c.pick ? c.pick.data : Array.from({ length: k }, (_, j) => j);
    const cols = pick.length;
    for (let p = 0; p < cols; p++) {
      const j = pick[p];
      if (!determined(c, j)) continue;
      let dot = 0;
      for (let i = 0; i < m; i++) dot += U[i * m + j] * c.u.data[i * cols + p];
      const sign = dot < 0 ? -1 : 1;
      let diff = 0;
      for (let i = 0; i < m; i++) diff = Math.max(diff, Math.abs(sign * U[i * m + j] - c.u.data[i * cols + p]));
      for (let i = 0; i < n; i++) diff = Math.max(diff, Math.abs(sign * VT[j * n + i] - c.vt.data[p * n + i]));
      worst.vec = Math.max(worst.vec, diff);
      assert.ok(diff <= 1e-10, `vector pair ${j} off by ${diff}`);
    }
  });
}

test.after(() => {
  if (process.env.SVD_REPORT) console.log(worst);
});

test.run();
