/**
 * np.random's module functions (the global RandomState) called with options other than their
 * defaults, against NumPy's stream for the same seed (test/golden/np_sig/options_more.json,
 * scripts/golden/np_options_more.py).
 */
import { test } from "uvu";
import { np } from "../../../src";
import { loadGolden } from "../../helpers/golden";
import { checkCases } from "../_sig_cases";

const G = loadGolden("np_sig/options_more");
const R = np.random as any;

function seeded(fn: () => unknown, seed = 12345): unknown {
  np.random.seed({ seed });
  return fn();
}

function stateDict(): unknown {
  np.random.seed(99);
  np.random.standard_normal();
  const s = np.random.get_state({ legacy: false });
  return [np.asarray(s.state.key).astype("int64"), np.array([s.state.pos]), np.array([s.has_gauss]), np.array([s.gauss])];
}

const CALLS: Record<string, () => unknown> = {
  seed_random_size: () => seeded(() => R.random({ size: 4 }), 7),
  random_sample_size: () => seeded(() => R.random_sample({ size: [2, 2] })),
  ranf_size: () => seeded(() => R.ranf({ size: 3 })),
  sample_size: () => seeded(() => R.sample({ size: [1, 3] })),
  standard_normal_size: () => seeded(() => R.standard_normal({ size: 5 })),
  normal_loc_scale_size: () => seeded(() => R.normal(10, 0.5, [2, 3])),
  normal_loc_kw: () => seeded(() => R.normal({ loc: [0, 100] })),
  uniform_low_high_size: () => seeded(() => R.uniform(-2, 3, 5)),
  uniform_high_kw: () => seeded(() => R.uniform({ high: 10, size: 2 })),
  randint_high_size: () => seeded(() => R.randint(5, 50, [2, 4])),
  randint_dtype: () => seeded(() => R.randint(0, 200, 6, { dtype: "u1" })),
  choice_size: () => seeded(() => R.choice(10, 4)),
  choice_replace_false: () => seeded(() => R.choice(10, 5, { replace: false })),
  choice_p: () => seeded(() => R.choice([1.5, 2.5, 3.5], { size: 6, p: [0.2, 0.5, 0.3] })),
  get_state_dict: stateDict,
};

test("np.random's module functions draw NumPy's stream with their options", () => {
  checkCases(G.random, CALLS);
});

test.run();
