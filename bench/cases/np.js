// np cases: elementwise, broadcast, reductions, strided view, matmul (float64).
"use strict";
const { need, member, fromFloat64 } = require("../lib/library");
const { patternA, patternB } = require("../lib/inputs");

const N = 1e6;
// Inputs are small dyadic rationals: every sum and product here is exact in float64, so any
// summation order gives NumPy's value and the check can be tight.
const TOL = 1e-12;
const R = 1000;
const M = 512;

const tfDispose = (r) => r.dispose();

/** tfjs tensors of the same values (float32: tfjs has no float64 on the CPU backend). */
function tfTensor(tf, data, shape) {
  return tf.tensor(Float32Array.from(data), shape, "float32");
}

function npts(np, data, shape) {
  return np.array(data).reshape(shape);
}

function nj(numjs, data, shape) {
  return new numjs.NdArray(data, shape);
}

/** Hand-written loops: what plain JS does with fresh Float64Array outputs. */
const loops = {
  add: (a, b) => {
    const out = new Float64Array(a.length);
    for (let i = 0; i < a.length; i++) out[i] = a[i] + b[i];
    return out;
  },
  multiply: (a, b) => {
    const out = new Float64Array(a.length);
    for (let i = 0; i < a.length; i++) out[i] = a[i] * b[i];
    return out;
  },
  sum: (a) => {
    let s = 0;
    for (let i = 0; i < a.length; i++) s += a[i];
    return s;
  },
  mean: (a) => loops.sum(a) / a.length,
  exp: (a) => {
    const out = new Float64Array(a.length);
    for (let i = 0; i < a.length; i++) out[i] = Math.exp(a[i]);
    return out;
  },
  log: (a) => {
    const out = new Float64Array(a.length);
    for (let i = 0; i < a.length; i++) out[i] = Math.log(a[i]);
    return out;
  },
};

/**
 * np.exp / np.log over 1e6 float64 (no goal of their own: they show the transcendental
 * kernels); log takes patternB + 1, which is positive.
 */
function transcendental(name) {
  const input = () => (name === "log" ? patternB(N).map((v) => v + 1) : patternA(N));
  return {
    name,
    label: `np.${name} (1e6,)`,
    tol: TOL,
    params: { n: N },
    ts: () => {
      const f = need(`np.${name}`);
      const a = fromFloat64(input(), [N]);
      return () => f(a);
    },
    peers: {
      "js loop": () => {
        const a = input();
        return { run: () => ({ flat: loops[name](a), shape: [N] }) };
      },
      "numpy-ts": (np) => {
        const a = npts(np, input(), [N]);
        return { run: () => np[name](a) };
      },
      numjs: (numjs) => {
        const a = nj(numjs, input(), [N]);
        return { run: () => numjs[name](a) };
      },
      tfjs: (tf) => {
        const a = tfTensor(tf, input(), [N]);
        return { run: () => tf[name](a), dispose: tfDispose };
      },
    },
  };
}

function elementwise(name, method, tfName) {
  return {
    name,
    label: `np.${name} (1e6,)`,
    goal: { ratio: 1.2 },
    tol: TOL,
    params: { n: N },
    ts: () => {
      const op = need(`np.${name}`);
      const a = fromFloat64(patternA(N), [N]);
      const b = fromFloat64(patternB(N), [N]);
      return () => op(a, b);
    },
    peers: {
      "js loop": () => {
        const a = patternA(N);
        const b = patternB(N);
        return { run: () => ({ flat: loops[name](a, b), shape: [N] }) };
      },
      "numpy-ts": (np) => {
        const a = npts(np, patternA(N), [N]);
        const b = npts(np, patternB(N), [N]);
        return { run: () => np[name](a, b) };
      },
      numjs: (numjs) => {
        const a = nj(numjs, patternA(N), [N]);
        const b = nj(numjs, patternB(N), [N]);
        return { run: () => a[method](b) };
      },
      tfjs: (tf) => {
        const a = tfTensor(tf, patternA(N), [N]);
        const b = tfTensor(tf, patternB(N), [N]);
        return { run: () => tf[tfName](a, b), dispose: tfDispose };
      },
    },
  };
}

function reduction(name) {
  return {
    name,
    label: `a.${name}() (1e6,)`,
    goal: { ratio: 1.5 },
    tol: TOL,
    params: { n: N },
    ts: () => {
      const a = fromFloat64(patternA(N), [N]);
      const op = member(a, name, `NDArray.${name}`);
      return () => op();
    },
    peers: {
      "js loop": () => {
        const a = patternA(N);
        return { run: () => loops[name](a) };
      },
      "numpy-ts": (np) => {
        const a = npts(np, patternA(N), [N]);
        return { run: () => a[name]() };
      },
      numjs: (numjs) => {
        const a = nj(numjs, patternA(N), [N]);
        return { run: () => a[name]() };
      },
      tfjs: (tf) => {
        const a = tfTensor(tf, patternA(N), [N]);
        return { run: () => tf[name](a), dispose: tfDispose };
      },
    },
  };
}

module.exports = [
  elementwise("add", "add", "add"),
  elementwise("multiply", "multiply", "mul"),
  {
    name: "broadcast_add",
    label: "np.add (1000,1000)+(1000,)",
    goal: { ratio: 1.5 },
    tol: TOL,
    params: { rows: R, cols: R },
    ts: () => {
      const add = need("np.add");
      const a = fromFloat64(patternA(R * R), [R, R]);
      const b = fromFloat64(patternB(R), [R]);
      return () => add(a, b);
    },
    peers: {
      "js loop": () => {
        const a = patternA(R * R);
        const b = patternB(R);
        const run = () => {
          const out = new Float64Array(R * R);
          for (let i = 0, k = 0; i < R; i++) for (let j = 0; j < R; j++, k++) out[k] = a[k] + b[j];
          return { flat: out, shape: [R, R] };
        };
        return { run };
      },
      "numpy-ts": (np) => {
        const a = npts(np, patternA(R * R), [R, R]);
        const b = npts(np, patternB(R), [R]);
        return { run: () => np.add(a, b) };
      },
      tfjs: (tf) => {
        const a = tfTensor(tf, patternA(R * R), [R, R]);
        const b = tfTensor(tf, patternB(R), [R]);
        return { run: () => tf.add(a, b), dispose: tfDispose };
      },
    },
  },
  reduction("sum"),
  reduction("mean"),
  transcendental("exp"),
  transcendental("log"),
  {
    name: "add_transposed",
    label: "np.add(a.T, b) (1000,1000)",
    goal: { ratio: 3 },
    tol: TOL,
    params: { rows: R, cols: R },
    ts: () => {
      const add = need("np.add");
      const a = fromFloat64(patternA(R * R), [R, R]);
      const b = fromFloat64(patternB(R * R), [R, R]);
      const at = member(a, "T", "NDArray.T");
      return () => add(at, b);
    },
    peers: {
      "js loop": () => {
        const a = patternA(R * R);
        const b = patternB(R * R);
        const run = () => {
          const out = new Float64Array(R * R);
          for (let i = 0, k = 0; i < R; i++) for (let j = 0; j < R; j++, k++) out[k] = a[j * R + i] + b[k];
          return { flat: out, shape: [R, R] };
        };
        return { run };
      },
      "numpy-ts": (np) => {
        const at = npts(np, patternA(R * R), [R, R]).T;
        const b = npts(np, patternB(R * R), [R, R]);
        return { run: () => np.add(at, b) };
      },
      numjs: (numjs) => {
        const at = nj(numjs, patternA(R * R), [R, R]).T;
        const b = nj(numjs, patternB(R * R), [R, R]);
        return { run: () => at.add(b) };
      },
      tfjs: (tf) => {
        const a = tfTensor(tf, patternA(R * R), [R, R]);
        const b = tfTensor(tf, patternB(R * R), [R, R]);
        // tfjs has no strided views: its transpose copies, as it would in user code.
        return { run: () => tf.tidy(() => tf.add(tf.transpose(a), b)), dispose: tfDispose };
      },
    },
  },
  {
    name: "matmul",
    label: "np.matmul 512x512",
    goal: { ratio: 3 },
    tol: TOL,
    params: { n: M },
    ts: () => {
      const matmul = need("np.matmul");
      const a = fromFloat64(patternA(M * M), [M, M]);
      const b = fromFloat64(patternB(M * M), [M, M]);
      return () => matmul(a, b);
    },
    peers: {
      "js loop": () => {
        const a = patternA(M * M);
        const b = patternB(M * M);
        // i-k-j order: the inner loop walks rows of b and out contiguously.
        const run = () => {
          const out = new Float64Array(M * M);
          for (let i = 0; i < M; i++) {
            for (let k = 0; k < M; k++) {
              const aik = a[i * M + k];
              const bo = k * M;
              const oo = i * M;
              for (let j = 0; j < M; j++) out[oo + j] += aik * b[bo + j];
            }
          }
          return { flat: out, shape: [M, M] };
        };
        return { run };
      },
      "numpy-ts": (np) => {
        const a = npts(np, patternA(M * M), [M, M]);
        const b = npts(np, patternB(M * M), [M, M]);
        return { run: () => np.matmul(a, b) };
      },
      numjs: (numjs) => {
        const a = nj(numjs, patternA(M * M), [M, M]);
        const b = nj(numjs, patternB(M * M), [M, M]);
        return { run: () => numjs.dot(a, b) };
      },
      tfjs: (tf) => {
        const a = tfTensor(tf, patternA(M * M), [M, M]);
        const b = tfTensor(tf, patternB(M * M), [M, M]);
        return { run: () => tf.matMul(a, b), dispose: tfDispose };
      },
    },
  },
];

// Sorting-based and scan cases: random inputs from the legacy MT19937 stream, which tslab-sci
// reproduces bit for bit, so both sides sort, select and count the same numbers.
const SEED = 1234;
const FFT_N = 1 << 20;

function randomFloats(n) {
  const RandomState = need("np.random.RandomState");
  return new RandomState(SEED).random_sample(n);
}

function randomInts(n, high) {
  const RandomState = need("np.random.RandomState");
  return new RandomState(SEED).randint(0, high, n);
}

/** A case timing `op(input)` with the given goal; `input()` builds the tslab-sci array. */
function algorithmCase(name, label, goal, params, input, op, extra = {}) {
  return {
    name,
    label,
    goal: { ratio: goal },
    tol: extra.tol ?? TOL,
    params,
    ts: () => {
      const a = input();
      const run = op(a);
      return extra.check ? { run, check: () => extra.check(run()) } : run;
    },
    peers: extra.peers ?? {},
  };
}

/** Checksum of a complex result as (n, 2) real/imaginary pairs, as worker.py reports it. */
function complexCheck(r) {
  const { summarize } = require("../lib/check");
  const re = need("np.real")(r).ravel().tolist();
  const im = need("np.imag")(r).ravel().tolist();
  const flat = new Float64Array(re.length * 2);
  for (let i = 0; i < re.length; i++) {
    flat[2 * i] = re[i];
    flat[2 * i + 1] = im[i];
  }
  return summarize(flat, [...r.shape, 2], "complex128");
}

module.exports.push(
  algorithmCase("sort", "np.sort (1e6,) random", 1.5, { n: N, seed: SEED }, () => randomFloats(N), (a) => {
    const sort = need("np.sort");
    return () => sort(a);
  }, {
    peers: {
      "js loop": () => {
        const a = Float64Array.from(randomFloats(N).tolist());
        return { run: () => ({ flat: a.slice().sort(), shape: [N] }) };
      },
    },
  }),
  algorithmCase("unique_int", "np.unique (1e6,) ints in [0, 1000)", 1.5, { n: N, seed: SEED, high: 1000 },
    () => randomInts(N, 1000), (a) => {
      const unique = need("np.unique");
      return () => unique(a);
    }),
  algorithmCase("unique_float", "np.unique (1e6,) random", 1.5, { n: N, seed: SEED }, () => randomFloats(N), (a) => {
    const unique = need("np.unique");
    return () => unique(a);
  }),
  algorithmCase("cumsum", "a.cumsum() (1e6,)", 1.2, { n: N }, () => fromFloat64(patternA(N), [N]), (a) => {
    const cumsum = member(a, "cumsum", "NDArray.cumsum");
    return () => cumsum();
  }, {
    peers: {
      "js loop": () => {
        const a = patternA(N);
        const run = () => {
          const out = new Float64Array(a.length);
          let s = 0;
          for (let i = 0; i < a.length; i++) out[i] = s += a[i];
          return { flat: out, shape: [N] };
        };
        return { run };
      },
    },
  }),
  algorithmCase("median", "np.median (1e6,) random", 1.5, { n: N, seed: SEED }, () => randomFloats(N), (a) => {
    const median = need("np.median");
    return () => median(a);
  }),
  algorithmCase("fft", "np.fft.fft (2^20,) real input", 2, { n: FFT_N }, () => fromFloat64(patternA(FFT_N), [FFT_N]), (a) => {
    const fft = need("np.fft.fft");
    return () => fft(a);
  }, { tol: 1e-9, check: complexCheck }),
);
