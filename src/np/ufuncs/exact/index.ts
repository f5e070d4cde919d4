/**
 * Bit-exact float64 exp/log as NumPy 1.24 computes them on AVX512_SKX x86-64 CPUs (Intel SVML
 * inside NumPy). np.exp and np.log run the vector kernels in WebAssembly (simd-math.ts) and
 * these for the inputs outside their range. Without a fused multiply-add the ufuncs use
 * Math.exp / Math.log instead: these JavaScript versions are ~20x slower.
 */
export { npExp, expInto } from "./exp";
export { npLog, logInto } from "./log";
export { fma } from "./fma";
