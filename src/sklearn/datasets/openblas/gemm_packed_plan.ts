/**
 * How OpenBLAS 0.3.21's level-3 driver splits a packed dgemm into micro-kernel calls on two
 * threads (this build's default SWITCH_RATIO of 2; its GEMM_P/Q/R for Cooperlake, R from the
 * 128 MiB buffer), reduced to what decides the rounding: which output columns fall in the
 * kernel's narrow column blocks, and which rows pass through its 12-column loop for them.
 * Columns (OpenBLAS's M) are halved between the threads, then taken in GEMM_P steps and by the
 * kernel in blocks of 16, then one each of 8, 4, 2 and 1. Rows (N) go in steps of 2 * GEMM_R,
 * halved between the threads; in its first column step a thread feeds its own half to the
 * kernel 6 rows at a time and the other's in two chunks, in later steps both halves in
 * chunks; a call of n rows runs its first 12 * floor(n / 12) through the 12-column loop.
 * k goes in blocks of at most GEMM_Q.
 */

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
