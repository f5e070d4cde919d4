/**
 * The strided loop driver: walks several operands of one broadcast shape together, handing
 * each innermost run (buffer start, step, length) to a kernel. Adjacent axes that are
 * contiguous for every operand are merged first, so contiguous arrays run as one flat loop.
 * Buffer positions (`bufferPos`) and logical indices (`index`) are kept apart by name.
 */
import { Storage } from "./dtype";

/** One operand of a loop: storage, buffer position of element 0, strides over the loop shape. */
export interface Strided {
  data: Storage;
  offset: number;
  strides: readonly number[];
}

/** Called once per innermost run with each operand's buffer start and step. */
export type RowBody = (bufferPos: number[], steps: number[], n: number) => void;

/** Merges axes that are contiguous for all operands; drops length-1 axes. */
function coalesce(shape: readonly number[], ops: readonly Strided[]): { dims: number[]; strides: number[][] } {
  const dims: number[] = [];
  const strides: number[][] = ops.map(() => []);
  for (let axis = 0; axis < shape.length; axis++) {
    const len = shape[axis];
    if (len === 1) continue;
    const last = dims.length - 1;
    let mergeable = last >= 0;
    for (let k = 0; mergeable && k < ops.length; k++) {
      if (strides[k][last] !== ops[k].strides[axis] * len) mergeable = false;
    }
    if (mergeable) {
      dims[last] *= len;
      for (let k = 0; k < ops.length; k++) strides[k][last] = ops[k].strides[axis];
    } else {
      dims.push(len);
      for (let k = 0; k < ops.length; k++) strides[k].push(ops[k].strides[axis]);
    }
  }
  return { dims, strides };
}

/** The loop as `rows` runs of `n`: each operand's step within a run and from one run to the next. */
export interface Plane {
  rows: number;
  n: number;
  steps: number[];
  rowSteps: number[];
}

/**
 * The loop as one plane of runs when its axes coalesce into at most two (a matrix and a row
 * or column broadcast against it, say), so a kernel can take it in one call; else null.
 */
export function coalescedPlane(shape: readonly number[], ops: readonly Strided[]): Plane | null {
  if (shape.some((len) => len === 0)) return null;
  const { dims, strides } = coalesce(shape, ops);
  if (dims.length === 0 || dims.length > 2) return null;
  const inner = dims.length - 1;
  return {
    rows: inner === 1 ? dims[0] : 1,
    n: dims[inner],
    steps: strides.map((s) => s[inner]),
    rowSteps: strides.map((s) => (inner === 1 ? s[0] : 0)),
  };
}

/**
 * Runs `body` over every innermost run of `shape` for the operands, in C order of the shape.
 * Nothing happens for an empty shape (size 0).
 */
export function forEachRun(shape: readonly number[], ops: readonly Strided[], body: RowBody): void {
  for (let i = 0; i < shape.length; i++) if (shape[i] === 0) return;
  const { dims, strides } = coalesce(shape, ops);
  const nops = ops.length;
  const bufferPos: number[] = ops.map((op) => op.offset);
  if (dims.length === 0) {
    body(bufferPos, ops.map(() => 1), 1);
    return;
  }
  const inner = dims.length - 1;
  const n = dims[inner];
  const steps = strides.map((s) => s[inner]);
  if (inner === 0) {
    body(bufferPos, steps, n);
    return;
  }
  const index = new Array<number>(inner).fill(0);
  const rowStart = bufferPos.slice();
  for (;;) {
    for (let k = 0; k < nops; k++) bufferPos[k] = rowStart[k];
    body(bufferPos, steps, n);
    let axis = inner - 1;
    for (; axis >= 0; axis--) {
      index[axis]++;
      for (let k = 0; k < nops; k++) rowStart[k] += strides[k][axis];
      if (index[axis] < dims[axis]) break;
      for (let k = 0; k < nops; k++) rowStart[k] -= strides[k][axis] * dims[axis];
      index[axis] = 0;
    }
    if (axis < 0) return;
  }
}

