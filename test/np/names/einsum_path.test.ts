/** np.einsum_path (path and printed report) against Debian's NumPy (test/golden/np_einsum_path/cases.json, scripts/golden/np_einsum_path.py). */
import { test } from "uvu";
import { np } from "../../../src";
import { loadGolden } from "../../helpers/golden";
import { checkCases } from "../_sig_cases";

const G = loadGolden("np_einsum_path/cases");
const a = np.ones([2, 2]), b = np.ones([2, 5]), c = np.ones([5, 2]);
const I = np.ones([10, 10, 10, 10]), C = np.ones([10, 10]);
const X = np.ones([3, 4]), Y = np.ones([4, 5]), Z = np.ones([5, 6]), W = np.ones([6, 3]), V = np.ones(4);

const CALLS: Record<string, () => unknown> = {
  doc_greedy: () => np.einsum_path("ij,jk,kl->il", a, b, c, { optimize: "greedy" }),
  doc_optimal: () => np.einsum_path("pi,qj,ijkl,rk,sl->pqrs", C, C, I, C, C, { optimize: "optimal" }),
  doc_default: () => np.einsum_path("pi,qj,ijkl,rk,sl->pqrs", C, C, I, C, C),
  chain4: () => np.einsum_path("ab,bc,cd,da->", X, Y, Z, W),
  chain4_optimal: () => np.einsum_path("ab,bc,cd,da", X, Y, Z, W, { optimize: "optimal" }),
  implicit: () => np.einsum_path("ij,jk,k", X, Y, np.ones(5)),
  two: () => np.einsum_path("ij,jk->ik", X, Y),
  one: () => np.einsum_path("ii->i", C),
  false: () => np.einsum_path("ij,jk,kl->il", X, Y, Z, { optimize: false }),
  true: () => np.einsum_path("ij,jk,kl->il", X, Y, Z, { optimize: true }),
  none: () => np.einsum_path("ij,jk,kl->il", X, Y, Z, { optimize: null }),
  memory: () => np.einsum_path("ij,jk,kl->il", X, Y, Z, { optimize: ["greedy", 10] }),
  explicit: () => np.einsum_path("ij,jk,kl->il", X, Y, Z, { optimize: ["einsum_path", [1, 2], [0, 1]] }),
  outer_all: () => np.einsum_path("i,j,k->ijk", V, V, V),
  broadcast_dim: () => np.einsum_path("ij,jk,kl->il", np.ones([3, 1]), Y, Z),
  sublist: () => np.einsum_path(X, [0, 1], Y, [1, 2], Z, [2, 3], [0, 3]),
  bad_path: () => np.einsum_path("ij,jk,kl->il", X, Y, Z, { optimize: "fastest" as never }),
  bad_optimize: () => np.einsum_path("ij,jk->ik", X, Y, { optimize: [1, 2, 3] as never }),
  incomplete: () => np.einsum_path("ij,jk,kl->il", X, Y, Z, { optimize: ["einsum_path", [0, 1]] }),
  bad_char: () => np.einsum_path("i#,jk", X, Y),
  two_arrows: () => np.einsum_path("ij->k->i", X),
  wrong_ndim: () => np.einsum_path("ijk,jk", X, Y),
  size_mismatch: () => np.einsum_path("ij,ij", X, Y),
  missing_output: () => np.einsum_path("ij->k", X),
  count: () => np.einsum_path("ij,jk", X),
  none_given: () => np.einsum_path(),
};

test(`einsum_path against NumPy (${Object.keys(CALLS).length} cases)`, () => {
  checkCases(G.cases, CALLS);
});

test.run();
