// Small arrays: the calls a teaching notebook makes, at 10, 1,000 and 10,000 elements, where a
// call's fixed cost (argument handling, dtype resolution, broadcasting set-up, allocation, view
// construction) matters as much as its loop. bench/python/small.py times the same expressions.
"use strict";
const { need, fromFloat64 } = require("../lib/library");
const { patternA, patternB } = require("../lib/inputs");

const SIZES = [10, 1000, 10000];

/** a = patternA(n), b = patternB(n) + 1 (positive), X = a as (n/2, 2), w (2, 1), y (n/2, 1). */
function inputs(n) {
  const np = need("np");
  const a = fromFloat64(patternA(n), [n]);
  const bData = patternB(n).map((v) => v + 1);
  const b = fromFloat64(bData, [n]);
  const X = fromFloat64(patternA(n).map((v) => v / 50), [n / 2, 2]);
  const w = fromFloat64(Float64Array.from([0.25, -0.5]), [2, 1]);
  const y = fromFloat64(patternB(n / 2).map((v) => (v > 30 ? 1 : 0)), [n / 2, 1]);
  return { np, a, b, X, w, y, n };
}

/** One gradient-descent step of notebook 02 (logistic regression), from fixed weights. */
function logisticStep({ np, X, w, y, n }) {
  const predictions = np.divide(1.0, np.exp(np.dot(X, w).neg()).add(1));
  const gradient = np.dot(X.T, predictions.sub(y));
  gradient.idiv(n / 2);
  gradient.imul(0.01);
  return w.sub(gradient);
}

/** The expressions, by name: [what the label shows, the call over the inputs]. */
const OPS = {
  add: ["a + b", ({ a, b }) => a.add(b)],
  subtract: ["a - b", ({ a, b }) => a.sub(b)],
  multiply_scalar: ["a * 2.5", ({ a }) => a.mul(2.5)],
  divide: ["a / b", ({ a, b }) => a.div(b)],
  power: ["a ** 2", ({ a }) => a.pow(2)],
  negative: ["-a", ({ a }) => a.neg()],
  greater: ["a > 0.5", ({ a }) => a.gt(0.5)],
  maximum: ["np.maximum(a, b)", ({ np, a, b }) => np.maximum(a, b)],
  exp: ["np.exp(a / 50)", ({ np, a }) => np.exp(a.div(50))],
  log: ["np.log(b)", ({ np, b }) => np.log(b)],
  sqrt: ["np.sqrt(b)", ({ np, b }) => np.sqrt(b)],
  abs: ["np.abs(a)", ({ np, a }) => np.abs(a)],
  sin: ["np.sin(a)", ({ np, a }) => np.sin(a)],
  sum: ["a.sum()", ({ a }) => a.sum()],
  mean: ["a.mean()", ({ a }) => a.mean()],
  max: ["a.max()", ({ a }) => a.max()],
  // a number that NumPy returns as an intp
  argmax: ["a.argmax()", ({ a }) => ({ index: a.argmax() })],
  std: ["a.std()", ({ a }) => a.std()],
  cumsum: ["a.cumsum()", ({ a }) => a.cumsum()],
  dot: ["np.dot(X, w)", ({ np, X, w }) => np.dot(X, w)],
  column: ["X[:, 0]", ({ X }) => X.get(":", 0)],
  reversed: ["a[::-1]", ({ a }) => a.get("::-1")],
  newaxis: ["a[:, np.newaxis]", ({ np, a }) => a.get(":", np.newaxis)],
  transpose: ["X.T", ({ X }) => X.T],
  reshape: ["a.reshape(-1, 2)", ({ a }) => a.reshape(-1, 2)],
  item: ["a.item(5)", ({ a }) => a.item(5)],
  get: ["a[5]", ({ a }) => a.get(5)],
  set: ["a[5] = 1.5", ({ a }) => (a.set(5, 1.5), a)],
  logistic_step: ["one step of notebook 02", logisticStep],
};

function smallCase(op, n) {
  const [expr, call] = OPS[op];
  return {
    name: `small_${op}_${n}`,
    label: `${expr} (${n.toLocaleString("en")})`,
    goal: { ratio: n <= 1000 ? 1.0 : 1.2 },
    tol: 1e-12,
    params: { op, n },
    ts: () => {
      const input = inputs(n);
      return () => call(input);
    },
  };
}

module.exports = SIZES.flatMap((n) => Object.keys(OPS).map((op) => smallCase(op, n)));
module.exports.OPS = OPS;
