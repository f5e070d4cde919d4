/**
 * OpenBLAS 0.3.21's packed dgemm on two threads (this build's level-3 driver with its
 * default SWITCH_RATIO of 2), for products above the small kernel's million multiply-adds.
 * The micro-kernel (SkylakeX 16x2) accumulates each output in one fused chain, except in its
 * 12-column loop (12 output rows at a time in our row-major terms), where the blocks left
 * over after the 16- and 8-wide ones run wider vectors over k: a 4-wide block keeps two lanes
 * (even and odd terms), 2- and 1-wide blocks keep four (term t in lane t % 4), summed in
 * neighbouring pairs before the last k % lanes terms are chained on. Which rows reach that
 * loop, and which columns end up in those blocks, follows from how the driver splits the
 * work: columns (M) between the threads, then in steps of GEMM_P; rows (N) in steps of
 * 2 * GEMM_R, halved between the threads, whose own halves go through the kernel 6 rows at a
 * time while the other thread's half comes in two chunks; k in blocks of at most GEMM_Q.
 */
import { fma } from "../../../np/random/fma";
import { fmaChain } from "./sums";

const GEMM_P = 192;
const GEMM_Q = 384;
const GEMM_R = 43472;
const UNROLL_M = 16;

/** How an output is summed: one chain, or the 12-column loop's two or four k-lanes. */
export const enum Summation { Chain = 0, TwoLanes = 1, FourLanes = 2 }

export interface PackedPlan {
  /** k-block boundaries: 0, ..., k. */
  kBlocks: number[];
  /** Per output column: its summation when its row went through the 12-column loop. */
  columnSummation: Uint8Array;
  /** Per output column: index of the column block (thread and GEMM_P step) it belongs to. */
  columnBlock: Uint16Array;
  /** [block * rows + row] = 1 when that row went through the 12-column loop for that block. */
  wideRows: Uint8Array;
  rows: number;
}

function kBlocks(k: number): number[] {
  const out = [0];
  for (let ls = 0; ls < k;) {
    let step = k - ls;
    if (step >= 2 * GEMM_Q) step = GEMM_Q;
    else if (step > GEMM_Q) step = Math.floor((step + 1) / 2);
    ls += step;
    out.push(ls);
  }
  return out;
}

const roundUpToUnroll = (v: number) => Math.floor((v + UNROLL_M - 1) / UNROLL_M) * UNROLL_M;

/** One thread's columns [from, to) in GEMM_P steps (the first step rounds differently). */
function columnSteps(from: number, to: number): [number, number][] {
  const steps: [number, number][] = [];
  let size = to - from;
  if (size >= 2 * GEMM_P) size = GEMM_P;
  else if (size > GEMM_P) size = roundUpToUnroll(Math.floor(size / 2));
  steps.push([from, size]);
  for (let start = from + size; start < to; start += size) {
    size = to - start;
    if (size >= 2 * GEMM_P) size = GEMM_P;
    else if (size > GEMM_P) size = roundUpToUnroll(Math.floor((size + 1) / 2));
    steps.push([start, size]);
  }
  return steps;
}

/** The micro-kernel's column blocks 16, ..., 8, 4, 2, 1: the summation of the narrow ones. */
function markNarrowColumns(start: number, size: number, block: number, plan: PackedPlan): void {
  let c = start + size - (size % UNROLL_M);
  let rest = size % UNROLL_M;
  for (let j = start; j < start + size; j++) plan.columnBlock[j] = block;
  if (rest >= 8) { c += 8; rest -= 8; }
  if (rest >= 4) { plan.columnSummation.fill(Summation.TwoLanes, c, c + 4); c += 4; rest -= 4; }
  if (rest >= 2) { plan.columnSummation.fill(Summation.FourLanes, c, c + 2); c += 2; rest -= 2; }
  if (rest >= 1) plan.columnSummation[c] = Summation.FourLanes;
}

/** One kernel call over rows [from, from + count): its first 12 * floor(count / 12) rows. */
function markCall(plan: PackedPlan, block: number, from: number, count: number): void {
  const base = block * plan.rows + from;
  plan.wideRows.fill(1, base, base + count - (count % 12));
}

/** A thread's row range as its two buffer-sized chunks, each one kernel call. */
function markChunks(plan: PackedPlan, block: number, from: number, to: number): void {
  const chunk = Math.ceil((to - from) / 2);
  for (let js = from; js < to; js += chunk) markCall(plan, block, js, Math.min(to - js, chunk));
}

/** Where the packed kernel sums in lanes, for a rows x k times k x m product. */
export function packedPlan(rows: number, k: number, m: number): PackedPlan {
  const plan: PackedPlan = {
    kBlocks: kBlocks(k), columnSummation: new Uint8Array(m), columnBlock: new Uint16Array(m),
    wideRows: new Uint8Array(0), rows,
  };
  // Under 4 columns the threads split the rows instead, and each sees only its own, 6 at a time
  if (m < 4) return plan;
  const half = Math.ceil(m / 2);
  const threads = [columnSteps(0, half), columnSteps(half, m)];
  let block = 0;
  const firstBlock: number[] = [];
  for (const steps of threads) {
    firstBlock.push(block);
    for (const [start, size] of steps) markNarrowColumns(start, size, block++, plan);
  }
  plan.wideRows = new Uint8Array(block * rows);
  for (let js = 0; js < rows; js += 2 * GEMM_R) {
    const n = Math.min(rows - js, 2 * GEMM_R);
    const split = js + Math.min(n, Math.max(Math.ceil(n / 2), 2));
    const ranges = [[js, split], [split, js + n]];
    threads.forEach((steps, t) => {
      const [ownFrom, ownTo] = ranges[t];
      const [otherFrom, otherTo] = ranges[1 - t];
      // first column step: own rows 6 at a time (never the 12-column loop), then the other's
      markChunks(plan, firstBlock[t], otherFrom, otherTo);
      for (let s = 1; s < steps.length; s++) {
        markChunks(plan, firstBlock[t] + s, ownFrom, ownTo);
        markChunks(plan, firstBlock[t] + s, otherFrom, otherTo);
      }
    });
  }
  return plan;
}

/** Terms k0 .. k1 in n lanes (2 or 4) summed in neighbouring pairs, then the rest chained on. */
function laneSum(a: Float64Array, ab: number, b: Float64Array, m: number, j: number, k0: number, k1: number, n: number): number {
  const end = k1 - ((k1 - k0) % n);
  let l0 = 0, l1 = 0, l2 = 0, l3 = 0;
  let p = ab + k0;
  let q = k0 * m + j;
  if (n === 2) {
    for (; p < ab + end; p += 2, q += 2 * m) {
      l0 = fma(a[p], b[q], l0);
      l1 = fma(a[p + 1], b[q + m], l1);
    }
  } else {
    for (; p < ab + end; p += 4, q += 4 * m) {
      l0 = fma(a[p], b[q], l0);
      l1 = fma(a[p + 1], b[q + m], l1);
      l2 = fma(a[p + 2], b[q + 2 * m], l2);
      l3 = fma(a[p + 3], b[q + 3 * m], l3);
    }
  }
  let acc = n === 2 ? l0 + l1 : (l0 + l1) + (l2 + l3);
  for (; p < ab + k1; p++, q += m) acc = fma(a[p], b[q], acc);
  return acc;
}

/** Row r of the product into out[0 .. m), summed as the packed kernel sums it. */
export function packedRow(a: Float64Array, ab: number, k: number, b: Float64Array, m: number, r: number, plan: PackedPlan, out: Float64Array): void {
  const { kBlocks: kb, columnSummation, columnBlock, wideRows, rows } = plan;
  const wide = wideRows.length > 0;
  if (kb.length > 2) {
    blockedRow(a, ab, b, m, r, plan, out);
    return;
  }
  for (let j = 0; j < m; j++) {
    if (wide && columnSummation[j] !== Summation.Chain && wideRows[columnBlock[j] * rows + r] === 1) {
      out[j] = laneSum(a, ab, b, m, j, 0, k, columnSummation[j] === Summation.TwoLanes ? 2 : 4);
    } else {
      let acc = a[ab] * b[j] + 0;
      for (let t = 1; t < k; t++) acc = fma(a[ab + t], b[t * m + j], acc);
      out[j] = acc;
    }
  }
}

/** k over GEMM_Q: each k block is summed on its own and added to the output (from +0). */
function blockedRow(a: Float64Array, ab: number, b: Float64Array, m: number, r: number, plan: PackedPlan, out: Float64Array): void {
  const { kBlocks: kb, columnSummation, columnBlock, wideRows, rows } = plan;
  for (let j = 0; j < m; j++) {
    const wide = wideRows.length > 0 && wideRows[columnBlock[j] * rows + r] === 1;
    const how = wide ? columnSummation[j] : Summation.Chain;
    let v = 0;
    for (let q = 0; q + 1 < kb.length; q++) {
      const k0 = kb[q], k1 = kb[q + 1];
      v += how === Summation.Chain ? fmaChain(a, ab, b, m, j, k0 + 1, k1, a[ab + k0] * b[k0 * m + j] + 0)
        : laneSum(a, ab, b, m, j, k0, k1, how === Summation.TwoLanes ? 2 : 4);
    }
    out[j] = v;
  }
}
