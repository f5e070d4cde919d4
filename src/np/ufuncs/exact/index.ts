/**
 * Bit-exact float64 exp/log as NumPy 1.24 computes them on AVX512_SKX x86-64 CPUs (Intel SVML
 * inside NumPy). np.exp runs the vector kernel in WebAssembly (exp-simd.ts) and these for the
 * inputs outside its range; np.log does not use them yet (this JavaScript version is ~20x
 * slower than Math.log, and NumPy itself gives other bits on other CPUs).
 */
export { npExp, expInto } from "./exp";
export { npLog, logInto } from "./log";
export { fma } from "./fma";
