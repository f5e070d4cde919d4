/**
 * How NumPy (1.24, OpenBLAS 0.3.21 on x86-64) rounds scikit-image's `rgb @ [wr, wg, wb]`, output
 * by output, so that rgb2gray can return the same bits. NumPy's matmul hands each row of pixels
 * (the last axis before the channel axis, channel moved last) to one BLAS call, chosen by the
 * strides of the float image:
 * - channel stride 1, pixel stride >= 3: gemv "rows" (OpenBLAS's transposed kernel);
 * - pixel stride 1, channel stride >= row length: gemv "columns" (the plain kernel);
 * - a row of one pixel: a dot product;
 * - anything else (negative or zero strides...): NumPy's own loop, sums in order, no fma.
 * Each kernel has its own mix of fused multiply-adds, measured against NumPy output for every
 * row length up to 40 and a few long ones, float64 and float32. Rows of 3072 pixels or more
 * are split between OpenBLAS's threads, each part with its own tail.
 */
import * as os from "node:os";

/** scikit-image's luminance weights (ITU-R 709): Y = wr R + wg G + wb B. */
export const GRAY_WEIGHTS = [0.2125, 0.7154, 0.0721] as const;

/** fma(b, wb, fma(r, wr, g * wg)) */
export const FUSED = 0;
/** fma(b, wb, fma(g, wg, r * wr)) */
export const CHAIN = 1;
/** fma(r, wr, g * wg) + b * wb */
export const SPLIT = 2;
/** (r * wr + g * wg) + b * wb */
export const PLAIN = 3;
/** float32 products summed in double, then rounded to float32 (sdot) */
export const PLAIN_DOUBLE_SUM = 4;

export type Rounding = typeof FUSED | typeof CHAIN | typeof SPLIT | typeof PLAIN | typeof PLAIN_DOUBLE_SUM;

/** Which BLAS route a row of pixels takes; `lda` is the pixel stride of "rows", `inc` the dot's stride. */
export type GrayRoute =
  | { kind: "rows"; lda: number }
  | { kind: "columns" }
  | { kind: "dot"; inc: number }
  | { kind: "plain" };

/**
 * The route for an image of `shape`/`strides` (elements) with its channel at `axis`. `copied`:
 * the float image is img_as_float's new array (integer input), laid out like the input in
 * NumPy's "K" order; otherwise it is the input itself (float input).
 */
export function grayRoute(shape: readonly number[], strides: readonly number[], axis: number, copied: boolean): GrayRoute {
  const pixelAxes = shape.map((_, k) => k).filter((k) => k !== axis);
  const pixelAxis = pixelAxes[pixelAxes.length - 1];
  const rowLength = pixelAxis === undefined ? 1 : shape[pixelAxis];
  if (copied) {
    // K order: the axes sorted by decreasing |stride| (channel last among equals), packed.
    const order = [...pixelAxes, axis].filter((k) => shape[k] > 1);
    order.sort((a, b) => Math.abs(strides[b]) - Math.abs(strides[a]));
    const packed = new Map<number, number>();
    let step = 1;
    for (let i = order.length - 1; i >= 0; i--) {
      packed.set(order[i], step);
      step *= shape[order[i]];
    }
    const channelStride = packed.get(axis) ?? 1;
    const pixelStride = pixelAxis === undefined ? 0 : packed.get(pixelAxis) ?? 1;
    return routeFor(pixelStride, channelStride, rowLength);
  }
  return routeFor(pixelAxis === undefined ? 0 : strides[pixelAxis], strides[axis], rowLength);
}

function routeFor(pixelStride: number, channelStride: number, rowLength: number): GrayRoute {
  if (rowLength === 1) return channelStride > 0 ? { kind: "dot", inc: channelStride } : { kind: "plain" };
  if (channelStride === 1 && pixelStride >= 3) return { kind: "rows", lda: pixelStride };
  if (pixelStride === 1 && channelStride >= rowLength) return { kind: "columns" };
  return { kind: "plain" };
}

/** OpenBLAS's thread count: its environment variables, else one per CPU. */
function blasThreads(): number {
  for (const key of ["OPENBLAS_NUM_THREADS", "GOTO_NUM_THREADS", "OMP_NUM_THREADS"]) {
    const n = Number.parseInt(process.env[key] ?? "", 10);
    if (n > 0) return n;
  }
  const cpus = (os as { availableParallelism?: () => number }).availableParallelism?.() ?? os.cpus().length;
  return Math.max(1, cpus);
}

/** The lengths of the parts a row of `length` outputs is split into (gemv_thread.c). */
function threadParts(length: number): number[] {
  // 2304 * GEMM_MULTITHREAD_THRESHOLD multiply-adds before OpenBLAS starts threads
  const threads = 3 * length < 9216 ? 1 : blasThreads();
  const parts: number[] = [];
  let left = length;
  for (let t = 0; left > 0; t++) {
    const width = Math.min(left, Math.max(4, Math.ceil(left / Math.max(1, threads - t))));
    parts.push(width);
    left -= width;
  }
  return parts;
}

/** The rounding of each of the `rowLength` outputs of a row (the same for every row). */
export function rowRoundings(route: GrayRoute, rowLength: number, single: boolean): Uint8Array {
  const plan = new Uint8Array(rowLength);
  if (route.kind === "plain") return plan.fill(PLAIN);
  if (route.kind === "dot") {
    if (!single) return plan.fill(CHAIN);
    return plan.fill(route.inc === 1 ? PLAIN_DOUBLE_SUM : SPLIT);
  }
  let at = 0;
  for (const part of threadParts(rowLength)) {
    fillPart(plan.subarray(at, at + part), route, single);
    at += part;
  }
  return plan;
}

function fillPart(part: Uint8Array, route: GrayRoute, single: boolean): void {
  const n = part.length;
  if (route.kind === "columns") {
    if (single) part.fill(CHAIN);
    else part.fill(SPLIT, 0, n - (n % 4)).fill(CHAIN, n - (n % 4));
    return;
  }
  if (!single || (route.kind === "rows" && route.lda !== 3)) {
    part.fill(FUSED);
    return;
  }
  // float32 rows, lda 3: blocks of eight, then one of four, then a tail of one to three
  let i = n - (n % 8);
  part.fill(CHAIN, 0, i);
  if (n % 8 >= 4) {
    part.fill(FUSED, i, i + 4);
    i += 4;
  }
  const tail = [[], [FUSED], [PLAIN, PLAIN], [PLAIN, PLAIN, FUSED]][n % 4];
  part.set(tail, i);
}
