/** np.histogramdd against Debian's NumPy (test/golden/np_histogramdd/cases.json, scripts/golden/np_histogramdd.py). */
import { test } from "uvu";
import { np } from "../../../src";
import { loadGolden } from "../../helpers/golden";
import { checkCases } from "../_sig_cases";
import { fromGolden } from "../_cases";

const G = loadGolden("np_histogramdd/cases");
const S = fromGolden(G.S);
const W = fromGolden(G.W);
const flat = ([h, edges]: [np.NDArray, np.NDArray[]]) => [h, ...edges];

const CALLS: Record<string, () => unknown> = {
  default: () => flat(np.histogramdd(S)),
  bins_int: () => flat(np.histogramdd(S, { bins: 4 })),
  bins_each: () => flat(np.histogramdd(S, [2, 3, 4])),
  bins_edges: () => flat(np.histogramdd(S, [[-3, -1, 0, 1, 3], 3, np.array([-1, 0, 1], "f8")])),
  range: () => flat(np.histogramdd(S, 3, [[-1, 1], null, [0, 2]])),
  density: () => flat(np.histogramdd(S, 3, { density: true })),
  weights: () => flat(np.histogramdd(S, 2, null, false, W)),
  weights_density: () => flat(np.histogramdd(S, { bins: [2, 2, 3], density: true, weights: W })),
  sequences: () => flat(np.histogramdd([S.get(":", 0), S.get(":", 1)], { bins: 3 })),
  transposed: () => flat(np.histogramdd(np.ascontiguousarray(S.T).T, 3)),
  negative_step: () => flat(np.histogramdd(S.get("::-1", "::-1"), 3)),
  broadcast: () => flat(np.histogramdd(np.broadcast_to([[0.5, 1.5]], [6, 2]), 2)),
  one_dim: () => flat(np.histogramdd(S.get(":", 0), 5)),
  edge_value: () => flat(np.histogramdd(np.array([[0.0, 0.0], [1.0, 1.0], [0.5, 1.0]]), 2)),
  bins_len: () => np.histogramdd(S, [2, 3]),
  bins_zero: () => np.histogramdd(S, 0),
  bins_float: () => np.histogramdd(S, [2, 2.5, 3]),
  bins_not_monotonic: () => np.histogramdd(S, [[0, 1], [1, 0], [0, 1]]),
  range_len: () => np.histogramdd(S, 2, [[0, 1]]),
  weights_len: () => np.histogramdd(S, 2, { weights: W.get(":3") }),
};

test(`histogramdd against NumPy (${Object.keys(CALLS).length} cases)`, () => {
  checkCases(G.cases, CALLS);
});

test.run();
