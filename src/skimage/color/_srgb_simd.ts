/**
 * The sRGB encoding of float64 linear values on WebAssembly SIMD, in place, a block at a time:
 * 1.055 * exp(log(x) / 2.4) - 0.055 above the threshold, 12.92 x at or below it, clipped to
 * [0, 1]. The log and exp are np.log's and np.exp's vector kernels (np/wasm), called from the
 * same module on each block, so the values are those of the whole-array ufuncs; the choice of
 * branch and the clip are lane masks, with no branch to mispredict on mixed values. Null or
 * false results tell the caller to use its JavaScript loop.
 */
import { I, T, WasmFunction, instantiateOnHeap } from "../../np/wasm/assemble";
import { logFunction } from "../../np/wasm/log-kernel";
import { expFunction } from "../../np/wasm/exp-kernel";
import { fusedMultiplyAdd } from "../../np/wasm/relaxed-simd";
import { heapAddress, heapMemory, heapStaticBlock } from "../../np/heap/heap";
import { EXP16, LOG16 } from "../../np/ufuncs/exact/tables";
import { npExp } from "../../np/ufuncs/exact/exp";
import { npLog } from "../../np/ufuncs/exact/log";

export const ENCODE_THRESHOLD = 0.0031308;
const POWER = 1 / 2.4;
/** Values per block: the block's two work arrays stay in the cache. */
const BLOCK = 4096;
const [LOG_FN, EXP_FN] = [0, 1];

/**
 * encode(d, n, base, pw, logTable, expTable, countAt): d[0 .. n) encoded in place (n a
 * multiple of 4, at most BLOCK); base and pw hold n doubles of work space.
 */
function encodeFunction(): WasmFunction {
  const [d, n, base, pw, logTable, expTable, countAt] = [0, 1, 2, 3, 4, 5, 6];
  const [i, end] = [7, 8];
  const [x, v, threshold, one, zero, power, a, b, c, largest] = [9, 10, 11, 12, 13, 14, 15, 16, 17, 18];
  const loop = (step: number[][]) => [
    I.i32(0), I.set(i),
    I.block, I.loop, I.get(i), I.get(end), I.ltU, I.eqz, I.brIf(1),
    ...step,
    I.get(i), I.i32(16), I.add, I.set(i),
    I.br(0), I.end, I.end,
  ];
  const at = (addr: number) => [I.get(addr), I.get(i), I.add];
  const body: number[][] = [
    I.v128f64(ENCODE_THRESHOLD, ENCODE_THRESHOLD), I.set(threshold),
    I.v128f64(1, 1), I.set(one),
    I.v128f64(Number.MAX_VALUE, Number.MAX_VALUE), I.set(largest),
    I.v128f64(0, 0), I.set(zero),
    I.v128f64(POWER, POWER), I.set(power),
    I.v128f64(1.055, 1.055), I.set(a),
    I.v128f64(0.055, 0.055), I.set(b),
    I.v128f64(12.92, 12.92), I.set(c),
    I.get(n), I.i32(3), I.shl, I.set(end),
    // the logs' inputs: x held in [threshold, largest double] (NaN to the threshold), inside the log kernel's range
    ...loop([...at(base), I.get(largest), I.get(threshold), ...at(d), I.v128load(0), I.f64x2pmax, I.f64x2pmin, I.v128store(0)]),
    [I.get(pw), I.get(base), I.get(n), I.get(logTable), I.get(countAt), I.call(LOG_FN)].flat(),
    ...loop([...at(pw), ...at(pw), I.v128load(0), I.get(power), I.f64x2mul, I.v128store(0)]),
    [I.get(base), I.get(pw), I.get(n), I.get(expTable), I.get(countAt), I.call(EXP_FN)].flat(),
    ...loop([
      ...at(d), I.v128load(0), I.set(x),
      // 1.055 p - 0.055 where x > threshold, else 12.92 x
      ...at(base), I.v128load(0), I.get(a), I.f64x2mul, I.get(b), I.f64x2sub,
      I.get(x), I.get(c), I.f64x2mul,
      I.get(threshold), I.get(x), I.f64x2lt, I.bitselect, I.set(v),
      // clipped to [0, 1], NaN kept
      ...at(d), I.get(v), I.get(zero), I.f64x2pmax, I.get(one), I.f64x2pmin, I.v128store(0),
    ]),
  ];
  return { name: "encode", params: Array<number>(7).fill(T.i32), locals: [[T.i32, 2], [T.v128, 10]], body };
}

type Encode = (d: number, n: number, base: number, pw: number, logTable: number, expTable: number, countAt: number) => void;

interface Ready {
  encode: Encode;
  /** Byte addresses of the work blocks, the tables and the count word. */
  base: number;
  pw: number;
  logTable: number;
  expTable: number;
  countAt: number;
}

let ready: Ready | null | undefined;

function prepare(): Ready | null {
  // the kernels give NumPy's bits only with a fused multiply-add
  if (!fusedMultiplyAdd()) return null;
  const memory = heapMemory();
  const exports = instantiateOnHeap([logFunction(), expFunction(), encodeFunction()], memory);
  const tableBytes = 8 * (LOG16.length + EXP16.length);
  const at = memory === null ? -1 : heapStaticBlock(16 * BLOCK + tableBytes + 8);
  if (exports === null || memory === null || at < 0) return null;
  const logTable = at + 16 * BLOCK;
  const expTable = logTable + 8 * LOG16.length;
  new Float64Array(memory.buffer, logTable, LOG16.length).set(LOG16);
  new Float64Array(memory.buffer, expTable, EXP16.length).set(EXP16);
  return { encode: exports.encode as Encode, base: at, pw: at + 8 * BLOCK, logTable, expTable, countAt: expTable + 8 * EXP16.length };
}

/** One value's encoding, with the scalar kernels that give the vector kernels' bits. */
function encodeOne(x: number): number {
  const v = x > ENCODE_THRESHOLD ? 1.055 * npExp(npLog(x) * POWER) - 0.055 : x * 12.92;
  return v < 0 ? 0 : v > 1 ? 1 : v;
}

/**
 * Encodes float64 linear values `d` in place (see the file's comment); false, with nothing
 * done, where `d` is outside the shared heap or the kernels are not built here.
 */
export function encodeSrgbSimd(d: Float64Array): boolean {
  const address = heapAddress(d);
  if (address < 0) return false;
  if (ready === undefined) ready = prepare();
  if (ready === null) return false;
  const { encode, base, pw, logTable, expTable, countAt } = ready;
  const body = d.length - (d.length % 4);
  for (let start = 0; start < body; start += BLOCK) {
    encode(address + 8 * start, Math.min(BLOCK, body - start), base, pw, logTable, expTable, countAt);
  }
  for (let k = body; k < d.length; k++) d[k] = encodeOne(d[k]);
  return true;
}
