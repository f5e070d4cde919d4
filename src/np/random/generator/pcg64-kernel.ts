/**
 * PCG64 in WebAssembly, for bulk draws: the 128-bit step on native 64-bit integers (the high
 * half of the low halves' product from four 32 x 32 products) and, in the same loop, the fast
 * paths of the ziggurat normal and exponential, uniform doubles, Lemire's bounded integers,
 * and the float32 uniform and normal on 32-bit draws (next32's kept half travels with the
 * state). A fill stops at the first draw the ziggurat's fast test rejects and leaves it (and
 * its x) for JavaScript, which finishes that value with the exact exp / log1p of the
 * JavaScript samplers and draws its extra values through `nextDouble` / `nextFloat`; the
 * stream is thus the same, draw for draw.
 * One instance serves every generator: a fill loads the state words, draws, and stores them.
 */
import { WasmFunction, instantiateOnHeap, uleb } from "../../wasm/assemble";
import {
  Code, F64, I32, f64c, get, i32 as i32c, load as i32load, loadF64 as f64load, set, store as i32store, storeF64 as f64store,
} from "../wasm-ops";
import { heapMemory, heapStaticBlock, largeHeapAddress } from "../../heap/heap";
import { KI, WI } from "./ziggurat-tables";
import { KE, WE } from "./ziggurat-exp-tables";
import { KI_F, WI_F } from "./ziggurat-float-tables";

/** Fills shorter than this stay in JavaScript (entering the kernel costs about that many draws). */
export const KERNEL_MIN = 32;
/** Doubles the scratch area takes, for outputs outside the shared heap (copied out after each fill). */
const SCRATCH_CAPACITY = 8192;

// The kernel's block of the shared heap (its byte address is built into the code):
/** The state: 128-bit state then increment, each as low and high 64-bit words (little-endian). */
const STATE_BYTE = 0;
/** The draw a fill stopped at (64 bits), then its x (f64). */
const REJECT_BYTE = 32;
/** The 32-bit buffer of next32: a flag (int32), then the kept high half (uint32). */
const BUF_BYTE = 48;
/** The bounded fill's range: rng + 1 and Lemire's threshold (2^32 - rng - 1) % (rng + 1), as i64; the offset (f64). */
const BOUNDS_BYTE = 56;
const WI_BYTE = 88;
const KI_BYTE = WI_BYTE + 2048;
const WE_BYTE = KI_BYTE + 2048;
const KE_BYTE = WE_BYTE + 2048;
/** The float32 normal's tables: WI_F as float32, KI_F as f64. */
const WIF_BYTE = KE_BYTE + 2048;
const KIF_BYTE = WIF_BYTE + 1024;
const SCRATCH_BYTE = KIF_BYTE + 2048;
const BLOCK_BYTES = SCRATCH_BYTE + 8 * SCRATCH_CAPACITY;

const MULTIPLIER = 0x2360ed051fc65da44385df649fccf645n;
const M_LO = MULTIPLIER & 0xffffffffffffffffn;
const M_HI = MULTIPLIER >> 64n;

// ---- encoders -----------------------------------------------------------------------------

const I64 = 0x7e, F32 = 0x7d;

/** Signed LEB128 of a 64-bit constant (two's complement). */
function sleb64(v: bigint): number[] {
  v = BigInt.asIntN(64, v);
  const out: number[] = [];
  for (;;) {
    const byte = Number(v & 0x7fn);
    v >>= 7n;
    if ((v === 0n && (byte & 0x40) === 0) || (v === -1n && (byte & 0x40) !== 0)) {
      out.push(byte);
      return out;
    }
    out.push(byte | 0x80);
  }
}

const tee = (i: number): Code => [0x22, ...uleb(i)];
const i64c = (v: bigint): Code => [0x42, ...sleb64(v)];
const i64load = (offset: number): Code => [0x29, 3, ...uleb(offset)];
const i64store = (offset: number): Code => [0x37, 3, ...uleb(offset)];
const f32load = (offset: number): Code => [0x2a, 2, ...uleb(offset)];
const f32store = (offset: number): Code => [0x38, 2, ...uleb(offset)];
const op = {
  i32add: 0x6a, i32sub: 0x6b, i32and: 0x71, i32shl: 0x74, i32shrU: 0x76, i32geU: 0x4f,
  i64add: 0x7c, i64mul: 0x7e, i64and: 0x83, i64or: 0x84, i64xor: 0x85, i64shl: 0x86, i64shrU: 0x88, i64rotr: 0x8a,
  i64ltU: 0x54, i64extendU: 0xad, i32wrap: 0xa7, f64fromI64: 0xb9, f64mul: 0xa2, f64add: 0xa0, f64lt: 0x63, i64fromF64: 0xbd, f64fromBits: 0xbf,
  f32fromI32: 0xb2, f32mul: 0x94, i32fromF32: 0xbc, f32fromBits: 0xbe, i32xor: 0x73, f64fromI32: 0xb7, f64fromF32: 0xbb, f32fromF64: 0xb6,
  block: 0x02, loop: 0x03, if: 0x04, else: 0x05, end: 0x0b, br: 0x0c, brIf: 0x0d, void: 0x40,
};
const M32 = 0xffffffffn;

// ---- the listing ----------------------------------------------------------------------------

// 0 = n, 1 = at (parameters); i32 2 .. 7; i64 8 .. 22; f64 23 .. 25; f32 26
const L = {
  n: 0, at: 1, ptr: 2, end: 3, idx: 4, has: 5, w: 6, w9: 7,
  sl: 8, sh: 9, il: 10, ih: 11, a0: 12, a1: 13, p00: 14, mid: 15, p10: 16, r: 17, buf: 18, u: 19, m: 20, excl: 21, thr: 22,
  x: 23, fr: 24, off: 25, xf: 26,
};
const LOCALS: [number, number][] = [[I32, 6], [I64, 15], [F64, 3], [F32, 1]];

/**
 * state = state * M + inc (mod 2^128), then r = XSL-RR output: (hi ^ lo) rotated right by the
 * top 6 bits. The high half of lo * M_lo comes from the 32-bit halves (no partial sum overflows).
 */
const STEP: Code = [
  ...get(L.sl), ...i64c(M32), op.i64and, ...set(L.a0),
  ...get(L.sl), ...i64c(32n), op.i64shrU, ...set(L.a1),
  ...get(L.a0), ...i64c(M_LO & M32), op.i64mul, ...set(L.p00),
  // mid = a0 * b1 + (p00 >> 32) + low32(a1 * b0)
  ...get(L.a0), ...i64c(M_LO >> 32n), op.i64mul,
  ...get(L.p00), ...i64c(32n), op.i64shrU, op.i64add,
  ...get(L.a1), ...i64c(M_LO & M32), op.i64mul, ...tee(L.p10), ...i64c(M32), op.i64and, op.i64add, ...set(L.mid),
  // high = a1 * b1 + (p10 >> 32) + (mid >> 32) + lo * M_hi + hi * M_lo + inc_hi
  ...get(L.a1), ...i64c(M_LO >> 32n), op.i64mul,
  ...get(L.p10), ...i64c(32n), op.i64shrU, op.i64add,
  ...get(L.mid), ...i64c(32n), op.i64shrU, op.i64add,
  ...get(L.sl), ...i64c(M_HI), op.i64mul, op.i64add,
  ...get(L.sh), ...i64c(M_LO), op.i64mul, op.i64add,
  ...get(L.ih), op.i64add,
  // low = lo * M_lo + inc_lo, its carry into high (a multiply of its own rather than from the
  // partial products: the next step's low half then waits on one multiply only)
  ...get(L.sl), ...i64c(M_LO), op.i64mul,
  ...get(L.il), op.i64add, ...tee(L.sl),
  ...get(L.il), op.i64ltU, op.i64extendU, op.i64add, ...set(L.sh),
  ...get(L.sh), ...get(L.sl), op.i64xor, ...get(L.sh), ...i64c(58n), op.i64shrU, op.i64rotr, ...set(L.r),
];

/** fr = r >> 11 as a double (53 bits, exact). */
const TOP53: Code = [...get(L.r), ...i64c(11n), op.i64shrU, op.f64fromI64, ...set(L.fr)];

/** Inside the loop: store the value on the stack at ptr, advance, continue (`depth`: the loop's). */
const put = (depth: number, bytes: 4 | 8 = 8): Code => [
  ...(bytes === 8 ? f64store(0) : f32store(0)), ...get(L.ptr), ...i32c(bytes), op.i32add, ...set(L.ptr), op.br, depth,
];

/** The functions of a kernel whose block of the shared heap starts at byte `base`. */
function listing(base: number): WasmFunction[] {
  const loadState: Code = [
    ...i32c(0), ...i64load(base + STATE_BYTE), ...set(L.sl), ...i32c(0), ...i64load(base + STATE_BYTE + 8), ...set(L.sh),
    ...i32c(0), ...i64load(base + STATE_BYTE + 16), ...set(L.il), ...i32c(0), ...i64load(base + STATE_BYTE + 24), ...set(L.ih),
  ];
  const storeState: Code = [
    ...i32c(0), ...get(L.sl), ...i64store(base + STATE_BYTE), ...i32c(0), ...get(L.sh), ...i64store(base + STATE_BYTE + 8),
  ];
  const loadBuffer: Code = [
    ...i32c(0), ...i32load(base + BUF_BYTE), ...set(L.has), ...i32c(0), ...i32load(base + BUF_BYTE + 4), op.i64extendU, ...set(L.buf),
  ];
  const storeBuffer: Code = [
    ...i32c(0), ...get(L.has), ...i32store(base + BUF_BYTE), ...i32c(0), ...get(L.buf), op.i32wrap, ...i32store(base + BUF_BYTE + 4),
  ];
  // next32 into u: the kept high half of the last 64-bit draw when there is one, else a new
  // draw's low half, keeping its high half
  const next32: Code = [
    ...get(L.has), op.if, op.void,
    ...get(L.buf), ...set(L.u), ...i32c(0), ...set(L.has),
    op.else,
    ...STEP, ...get(L.r), ...i64c(M32), op.i64and, ...set(L.u), ...get(L.r), ...i64c(32n), op.i64shrU, ...set(L.buf), ...i32c(1), ...set(L.has),
    op.end,
  ];
  /** Table entry idx (8-byte entries, or 4-byte float32 ones) of the table at `byte`. */
  const entry = (byte: number): Code => [...get(L.idx), ...i32c(3), op.i32shl, ...f64load(base + byte)];
  const entry32 = (byte: number): Code => [...get(L.idx), ...i32c(2), op.i32shl, ...f32load(base + byte)];
  /** Inside the loop: keep the draw and x for JavaScript and leave the loop. */
  const reject = (draw: Code, x: Code): Code => [
    ...i32c(0), ...draw, ...i64store(base + REJECT_BYTE), ...i32c(0), ...x, ...f64store(base + REJECT_BYTE + 8),
    op.br, 1,
  ];
  /**
   * fill(n, at) -> count of `bytes`-wide values: `draw` runs per value, stores at ptr and
   * continues, or leaves by br 1. `buffered` fills draw through next32 and keep its buffer.
   */
  const fill = (fname: string, draw: Code, bytes: 4 | 8 = 8, buffered = false, setup: Code = []): WasmFunction => ({
    name: fname,
    params: [I32, I32],
    results: [I32],
    locals: LOCALS,
    body: [
      loadState,
      buffered ? loadBuffer : [],
      setup,
      [...get(L.at), ...set(L.ptr), ...get(L.n), ...i32c(bytes === 8 ? 3 : 2), op.i32shl, ...get(L.at), op.i32add, ...set(L.end)],
      [op.block, op.void, op.loop, op.void, ...get(L.ptr), ...get(L.end), op.i32geU, op.brIf, 1],
      buffered ? [] : STEP,
      draw,
      [op.end, op.end],
      storeState,
      buffered ? storeBuffer : [],
      [...get(L.ptr), ...get(L.at), op.i32sub, ...i32c(bytes === 8 ? 3 : 2), op.i32shrU],
    ],
  });
  // Ziggurat normal: idx = r & 255, sign = bit 8, rabs = bits 9 .. 60.
  const normal: Code = [
    ...get(L.r), op.i32wrap, ...i32c(255), op.i32and, ...set(L.idx),
    ...get(L.r), ...i64c(9n), op.i64shrU, ...i64c(0xfffffffffffffn), op.i64and, op.f64fromI64, ...set(L.fr),
    ...get(L.fr), ...entry(WI_BYTE), op.f64mul, ...set(L.x),
    // the sign bit moved to bit 63 and xored in (a select on doubles may become a branch)
    ...get(L.x), op.i64fromF64, ...get(L.r), ...i64c(0x100n), op.i64and, ...i64c(55n), op.i64shl, op.i64xor, op.f64fromBits, ...set(L.x),
    ...get(L.fr), ...entry(KI_BYTE), op.f64lt,
    op.if, op.void, ...get(L.ptr), ...get(L.x), ...put(1), op.end,
    ...reject(get(L.r), get(L.x)),
  ];
  // Ziggurat exponential: idx = (r >> 3) & 255, ri = r >> 11.
  const exponential: Code = [
    ...get(L.r), op.i32wrap, ...i32c(3), op.i32shrU, ...i32c(255), op.i32and, ...set(L.idx),
    ...TOP53,
    ...get(L.fr), ...entry(WE_BYTE), op.f64mul, ...set(L.x),
    ...get(L.fr), ...entry(KE_BYTE), op.f64lt,
    op.if, op.void, ...get(L.ptr), ...get(L.x), ...put(1), op.end,
    ...reject(get(L.r), get(L.x)),
  ];
  // Single-precision ziggurat normal on a 32-bit draw w: idx = w & 255, sign = bit 8,
  // rabs = bits 9 .. 31; x = rabs * WI_F[idx] in float32.
  const normalF: Code = [
    ...next32, ...get(L.u), op.i32wrap, ...set(L.w),
    ...get(L.w), ...i32c(255), op.i32and, ...set(L.idx),
    ...get(L.w), ...i32c(9), op.i32shrU, ...set(L.w9),
    ...get(L.w9), op.f32fromI32, ...entry32(WIF_BYTE), op.f32mul,
    op.i32fromF32, ...get(L.w), ...i32c(0x100), op.i32and, ...i32c(23), op.i32shl, op.i32xor, op.f32fromBits, ...set(L.xf),
    ...get(L.w9), op.f64fromI32, ...entry(KIF_BYTE), op.f64lt,
    op.if, op.void, ...get(L.ptr), ...get(L.xf), ...put(1, 4), op.end,
    ...reject(get(L.u), [...get(L.xf), op.f64fromF32]),
  ];
  // Lemire's bounded integer on 32-bit draws: u * (rng + 1) until its low half reaches the
  // threshold, then off + its high half.
  const bounded: Code = [
    op.loop, op.void, ...next32,
    ...get(L.u), ...get(L.excl), op.i64mul, ...tee(L.m), ...i64c(M32), op.i64and, ...get(L.thr), op.i64ltU, op.brIf, 0, op.end,
    ...get(L.ptr), ...get(L.off), ...get(L.m), ...i64c(32n), op.i64shrU, op.f64fromI64, op.f64add, ...put(0),
  ];
  const boundsSetup: Code = [
    ...i32c(0), ...i64load(base + BOUNDS_BYTE), ...set(L.excl), ...i32c(0), ...i64load(base + BOUNDS_BYTE + 8), ...set(L.thr),
    ...i32c(0), ...f64load(base + BOUNDS_BYTE + 16), ...set(L.off),
  ];
  // Uniform double: (r >> 11) * 2^-53; float32: (w >> 8) * 2^-24.
  const double: Code = [...get(L.ptr), ...TOP53, ...get(L.fr), ...f64c(2 ** -53), op.f64mul, ...put(0)];
  const float: Code = [...next32, ...get(L.ptr), ...get(L.u), ...i64c(8n), op.i64shrU, op.f64fromI64, ...f64c(2 ** -24), op.f64mul, op.f32fromF64, ...put(0, 4)];
  // the parameters of next_double and next_float are unused (declared so that the locals keep their indices)
  const one = (fname: string, code: Code): WasmFunction => ({ name: fname, params: [I32, I32], results: [F64], locals: LOCALS, body: [code] });
  return [
    fill("normals", normal),
    fill("exponentials", exponential),
    fill("doubles", double),
    fill("bounded", bounded, 8, true, boundsSetup),
    fill("floats", float, 4, true),
    fill("normals_f", normalF, 4, true),
    one("next_double", [...loadState, ...STEP, ...storeState, ...TOP53, ...get(L.fr), ...f64c(2 ** -53), op.f64mul]),
    one("next_float", [...loadState, ...loadBuffer, ...next32, ...storeState, ...storeBuffer, ...get(L.u), ...i64c(8n), op.i64shrU, op.f64fromI64, ...f64c(2 ** -24), op.f64mul]),
  ];
}

/** The kernel's entry points and views on its block. */
export interface PcgKernel {
  /** State words, eight int32: state low to high, then increment low to high. */
  state: Int32Array;
  /** Up to n normals from byte address `at`; returns how many came before a rejected draw. */
  normals(n: number, at: number): number;
  /** As `normals`, for exponentials. */
  exponentials(n: number, at: number): number;
  /** n uniform doubles from byte address `at`; returns n. */
  doubles(n: number, at: number): number;
  /** n integers off + [0, rng] (0 < rng < 2^32) from byte address `at`, by Lemire's method on 32-bit draws; returns n. */
  bounded(n: number, at: number): number;
  /** Sets the offset and range of `bounded`. */
  setBounds(off: number, rng: number): void;
  /** next32's buffer: a flag (0 or 1) and the kept high half. */
  buffer: Uint32Array;
  /** n float32 uniforms from byte address `at` (32-bit draws, buffered); returns n. */
  floats(n: number, at: number): number;
  /** As `normals`, for float32 normals on 32-bit draws. */
  normalsF(n: number, at: number): number;
  /** The next uniform double. */
  nextDouble(): number;
  /** The next float32-precision uniform (from a 32-bit draw). */
  nextFloat(): number;
  /** The rejected draw's low 32 bits (as int32) and its x. */
  rejectedLow(): number;
  rejectedX(): number;
}

interface Instance {
  kernel: PcgKernel;
  scratch: Float64Array;
  scratch32: Float32Array;
  scratchAt: number;
}

let instance: Instance | null | undefined;

function open(): Instance | null {
  const memory = heapMemory();
  const base = memory === null ? -1 : heapStaticBlock(BLOCK_BYTES);
  if (memory === null || base < 0) return null;
  const api = instantiateOnHeap(listing(base), memory) as Record<string, (n?: number, at?: number) => number> | null;
  if (api === null) return null;
  const buffer = memory.buffer as unknown as ArrayBuffer;
  new Float64Array(buffer, base + WI_BYTE, 256).set(WI);
  new Float64Array(buffer, base + KI_BYTE, 256).set(KI);
  new Float64Array(buffer, base + WE_BYTE, 256).set(WE);
  new Float64Array(buffer, base + KE_BYTE, 256).set(KE);
  new Float32Array(buffer, base + WIF_BYTE, 256).set(WI_F);
  new Float64Array(buffer, base + KIF_BYTE, 256).set(KI_F);
  const rejected = new Int32Array(buffer, base + REJECT_BYTE, 2);
  const bounds = new Uint32Array(buffer, base + BOUNDS_BYTE, 4);
  const boundsOff = new Float64Array(buffer, base + BOUNDS_BYTE + 16, 1);
  const rejectedX = new Float64Array(buffer, base + REJECT_BYTE + 8, 1);
  const kernel: PcgKernel = {
    state: new Int32Array(buffer, base + STATE_BYTE, 8),
    normals: api.normals,
    exponentials: api.exponentials,
    doubles: api.doubles,
    bounded: api.bounded,
    setBounds: (off: number, rng: number) => {
      const excl = rng + 1;
      bounds[0] = excl % 4294967296;
      bounds[1] = Math.floor(excl / 4294967296);
      bounds[2] = (4294967296 - excl) % excl;
      bounds[3] = 0;
      boundsOff[0] = off;
    },
    buffer: new Uint32Array(buffer, base + BUF_BYTE, 2),
    floats: api.floats,
    normalsF: api.normals_f,
    nextDouble: () => api.next_double(0, 0),
    nextFloat: () => api.next_float(0, 0),
    rejectedLow: () => rejected[0],
    rejectedX: () => rejectedX[0],
  };
  return {
    kernel,
    scratch: new Float64Array(buffer, base + SCRATCH_BYTE, SCRATCH_CAPACITY),
    scratch32: new Float32Array(buffer, base + SCRATCH_BYTE, 2 * SCRATCH_CAPACITY),
    scratchAt: base + SCRATCH_BYTE,
  };
}

/** The shared kernel, or null where WebAssembly or the shared heap is unavailable. */
export function pcgKernel(): PcgKernel | null {
  if (instance === undefined) instance = open();
  return instance === null ? null : instance.kernel;
}

/**
 * Fills `out` by `fast(n, at)` (which may stop short at a draw its fast path rejects) and
 * `beyond()`, the rejected draw's value or NaN to draw again: in place when `out` lives in
 * the shared heap, else through the scratch area.
 */
export function kernelFill(out: Float64Array | Float32Array, fast: (n: number, at: number) => number, beyond: () => number): void {
  const { scratchAt } = instance!;
  const scratch: Float64Array | Float32Array = out instanceof Float64Array ? instance!.scratch : instance!.scratch32;
  const bytes = out.BYTES_PER_ELEMENT;
  const direct = largeHeapAddress(out);
  for (let done = 0; done < out.length; ) {
    const want = direct >= 0 ? out.length - done : Math.min(out.length - done, scratch.length);
    const n = fast(want, direct >= 0 ? direct + bytes * done : scratchAt);
    if (direct < 0) out.set(n === scratch.length ? scratch : scratch.subarray(0, n), done);
    done += n;
    if (n < want) {
      const x = beyond();
      if (x === x) out[done++] = x;
    }
  }
}
