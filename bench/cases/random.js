// Random cases: the legacy MT19937 and the Generator's PCG64 normal streams, and
// scikit-learn's make_classification.
"use strict";
const { need, Missing } = require("../lib/library");

const SEED = 2020;
const N = 1e6;

module.exports = [
  {
    name: "randn",
    label: "RandomState(seed).randn(1e6)",
    goal: { ratio: 1.5 },
    params: { n: N, seed: SEED },
    tol: 1e-12,
    ts: () => {
      const RandomState = need("np.random.RandomState");
      const probe = new RandomState(SEED);
      if (typeof probe.randn !== "function") throw new Missing("RandomState.randn");
      return () => new RandomState(SEED).randn(N);
    },
    peers: {
      // numpy-ts reproduces the legacy stream through its global seed; numjs has no normal
      // sampler; tfjs uses its own generator (different numbers, so its check is skipped).
      "numpy-ts": (np) => ({
        run: () => {
          np.random.seed(SEED);
          return np.random.randn(N);
        },
      }),
      tfjs: (tf) => ({ run: () => tf.randomNormal([N], 0, 1, "float32", SEED), dispose: (r) => r.dispose(), nocheck: "own generator" }),
    },
  },
  {
    name: "standard_normal",
    label: "default_rng(seed).standard_normal(1e6)",
    goal: { ratio: 1.2 },
    params: { n: N, seed: SEED },
    tol: 1e-12,
    ts: () => {
      const default_rng = need("np.random.default_rng");
      if (typeof default_rng(SEED).standard_normal !== "function") throw new Missing("Generator.standard_normal");
      return () => default_rng(SEED).standard_normal(N);
    },
    // the peers have no PCG64 Generator
    peers: {},
  },
  {
    name: "make_classification",
    label: "make_classification(100000, 20)",
    goal: { ratio: 1 },
    params: { n_samples: 100000, n_features: 20, random_state: SEED },
    ts: () => {
      const make = need("sklearn.datasets.make_classification");
      return () => make({ n_samples: 100000, n_features: 20, random_state: SEED });
    },
    peers: {},
  },
];
