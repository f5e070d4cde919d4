/** np.linalg on matrices large enough for the blocked paths, against Debian's NumPy 1.24 (1e-10 relative to the largest entry). */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np } from "../../../src";
import { GoldenArray, loadGolden } from "../../helpers/golden";

const G = loadGolden("np_linalg/large");
const L = np.linalg;
const rs = new np.random.RandomState(7);
const sq = rs.randn(130, 130) as np.NDArray;
const tall = rs.randn(180, 130) as np.NDArray;
const luA = rs.randn(100, 100) as np.NDArray;
const luB = rs.randn(100, 3) as np.NDArray;

const flat = (a: np.NDArray) => a.ravel().tolist() as number[];

/** Max |x - y| over max |y| stays below 1e-10. */
function near(actual: np.NDArray | number[], g: GoldenArray | number[], what: string, tol = 1e-10): void {
  const x = Array.isArray(actual) ? actual : flat(actual);
  const y = Array.isArray(g) ? g : g.data;
  assert.is(x.length, y.length, `${what}: length`);
  let scale = 0;
  let diff = 0;
  for (let i = 0; i < y.length; i++) {
    scale = Math.max(scale, Math.abs(y[i]));
    diff = Math.max(diff, Math.abs(x[i] - y[i]));
  }
  assert.ok(diff <= tol * scale, `${what}: max difference ${diff} (scale ${scale})`);
}

test("svd of a 130 x 130 matrix: NumPy's singular values, and its vectors up to each pair's sign", () => {
  const [u, s, vt] = L.svd(sq) as np.NDArray[];
  near(s, G.svd_s, "s");
  // NumPy's LAPACK divides and conquers at this size, so each (u column, vt row) pair may be
  // negated; after matching signs both agree with NumPy's
  const n = 130;
  const U = flat(u);
  const VT = flat(vt);
  const gu = G.svd_u.data;
  const gvt = G.svd_vt.data;
  for (let j = 0; j < n; j++) {
    let dot = 0;
    for (let i = 0; i < n; i++) dot += U[i * n + j] * gu[i * n + j];
    const sign = dot < 0 ? -1 : 1;
    for (let i = 0; i < n; i++) {
      U[i * n + j] *= sign;
      VT[j * n + i] *= sign;
    }
  }
  near(U, G.svd_u, "u");
  near(VT, G.svd_vt, "vt");
  near(L.svd(tall, { compute_uv: false }) as np.NDArray, G.svd_tall_s, "tall s");
  near(L.svd(tall.T, { compute_uv: false }) as np.NDArray, G.svd_tall_s, "wide s");
});

test("qr of a 180 x 130 matrix: R's diagonal and Q's first row as NumPy's", () => {
  const [q, r] = L.qr(tall) as unknown as np.NDArray[];
  near(np.diag(r) as np.NDArray, G.qr_r_diag, "diag(r)");
  near(q.get(0) as np.NDArray, G.qr_q_row0, "q[0]");
});

test("inv, solve and det of a 100 x 100 matrix (blocked LU)", () => {
  near(L.inv(luA), G.inv, "inv");
  near(L.solve(luA, luB), G.solve, "solve");
  near([L.det(luA) as number], [G.det], "det");
});

test.run();
