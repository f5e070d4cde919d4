// np.linalg cases: svd 200x200, inv and solve 500x500 (float64). The matrix is patternA
// scaled plus n on the diagonal: deterministic, well conditioned, the same on both sides.
"use strict";
const { need, fromFloat64 } = require("../lib/library");
const { patternA, patternB } = require("../lib/inputs");

/** patternA(n * n) / 8 + n * I, row-major. */
function matrix(n) {
  const a = patternA(n * n).map((v) => v / 8);
  for (let i = 0; i < n; i++) a[i * n + i] += n;
  return a;
}

function linalgCase(name, label, n, goal, run) {
  return {
    name,
    label,
    goal: { ratio: goal },
    tol: 1e-9,
    params: { n },
    ts: () => run(fromFloat64(matrix(n), [n, n]), n),
    peers: {},
  };
}

module.exports = [
  // the singular values are checked: vector signs are not NumPy's (see the README)
  linalgCase("svd", "np.linalg.svd 200x200", 200, 3, (a) => {
    const svd = need("np.linalg.svd");
    return () => svd(a)[1];
  }),
  linalgCase("inv", "np.linalg.inv 500x500", 500, 3, (a) => {
    const inv = need("np.linalg.inv");
    return () => inv(a);
  }),
  linalgCase("solve", "np.linalg.solve 500x500, b (500,)", 500, 3, (a, n) => {
    const solve = need("np.linalg.solve");
    const b = fromFloat64(patternB(n), [n]);
    return () => solve(a, b);
  }),
];
