/**
 * Minimum / maximum over a flat footprint by its horizontal runs: each footprint row is split
 * into runs of set elements along the last axis; the padded input's sliding extreme is computed
 * once per distinct run length (a monotonic deque, O(1) per sample), and each output row takes
 * the extreme over its runs. A disk of radius 3 needs 3 sliding passes and 7 row combinations
 * instead of 37 shifted rows.
 */
import { FilterStorage, FootprintPlan, rowBases } from "./_footprint";

/** Runs of consecutive set footprint elements along the last axis: padded offset of the first and length. */
export function runsOf(plan: FootprintPlan<FilterStorage>, fcols: number): { start: Int32Array; length: Int32Array } {
  const starts: number[] = [];
  const lengths: number[] = [];
  const { offsets, positions } = plan;
  for (let j = 0; j < offsets.length; j++) {
    const sameRun = j > 0 && positions[j] === positions[j - 1] + 1 && Math.floor(positions[j] / fcols) === Math.floor(positions[j - 1] / fcols);
    if (sameRun) lengths[lengths.length - 1]++;
    else {
      starts.push(offsets[j]);
      lengths.push(1);
    }
  }
  return { start: Int32Array.from(starts), length: Int32Array.from(lengths) };
}

/**
 * The sliding extreme of window `len` along every padded row (width `width`): slide[p] =
 * extreme of padded[p .. p+len-1]. Read only: for len 1 it is `padded` itself.
 */
function slidingExtreme<S extends FilterStorage>(padded: S, width: number, len: number, max: boolean): S {
  if (len === 1) return padded;
  const out = sameType(padded, padded.length);
  // short windows: a direct scan beats the deque's bookkeeping
  if (len <= 5) (max ? shortMax : shortMin)(padded, out, width, len);
  else (max ? dequeMax : dequeMin)(padded, out, width, len);
  return out;
}

function shortMax(padded: FilterStorage, out: FilterStorage, width: number, len: number): void {
  for (let base = 0; base < padded.length; base += width) {
    for (let k = base, end = base + width - len; k <= end; k++) {
      let m = padded[k];
      for (let t = 1; t < len; t++) m = Math.max(m, padded[k + t]);
      out[k] = m;
    }
  }
}

function shortMin(padded: FilterStorage, out: FilterStorage, width: number, len: number): void {
  for (let base = 0; base < padded.length; base += width) {
    for (let k = base, end = base + width - len; k <= end; k++) {
      let m = padded[k];
      for (let t = 1; t < len; t++) m = Math.min(m, padded[k + t]);
      out[k] = m;
    }
  }
}

/** A monotonic deque of positions per row: O(1) per sample whatever the window. */
function dequeMax(padded: FilterStorage, out: FilterStorage, width: number, len: number): void {
  const deque = new Int32Array(width);
  for (let base = 0; base < padded.length; base += width) {
    let head = 0;
    let tail = 0;
    for (let k = 0; k < width; k++) {
      const v = padded[base + k];
      while (tail > head && padded[base + deque[tail - 1]] <= v) tail--;
      deque[tail++] = k;
      const first = k - len + 1;
      if (first < 0) continue;
      if (deque[head] < first) head++;
      out[base + first] = padded[base + deque[head]];
    }
  }
}

function dequeMin(padded: FilterStorage, out: FilterStorage, width: number, len: number): void {
  const deque = new Int32Array(width);
  for (let base = 0; base < padded.length; base += width) {
    let head = 0;
    let tail = 0;
    for (let k = 0; k < width; k++) {
      const v = padded[base + k];
      while (tail > head && padded[base + deque[tail - 1]] >= v) tail--;
      deque[tail++] = k;
      const first = k - len + 1;
      if (first < 0) continue;
      if (deque[head] < first) head++;
      out[base + first] = padded[base + deque[head]];
    }
  }
}

/**
 * The footprint extreme of every output pixel (C order, shape `shape`), or null when the padded
 * input holds a NaN (scipy's comparisons then depend on the visiting order: the caller's exact
 * loop handles that).
 */
export function footprintExtremeByRuns<S extends FilterStorage>(plan: FootprintPlan<S>, fshape: readonly number[], shape: readonly number[], max: boolean): S | null {
  const { padded, paddedShape } = plan;
  if (padded instanceof Float64Array && hasNaN(padded)) return null;
  const rank = shape.length;
  const width = paddedShape[rank - 1];
  const runs = runsOf(plan, fshape[rank - 1]);
  const slides = new Map<number, S>();
  for (const len of runs.length) if (!slides.has(len)) slides.set(len, slidingExtreme(padded, width, len, max));
  const cols = shape[rank - 1];
  const bases = rowBases(shape, paddedShape);
  const out = sameType(padded, bases.length * cols);
  const srcs = Array.from(runs.length, (len) => slides.get(len)!);
  if (srcs.length === 3) (max ? maxOfThree : minOfThree)(out, srcs, runs.start, bases, cols);
  else (max ? maxOverRuns : minOverRuns)(out, srcs, runs.start, bases, cols);
  return out;
}

// Three runs (the 3x3 cross, scikit-image's default footprint): written out.
function maxOfThree(out: FilterStorage, srcs: FilterStorage[], starts: Int32Array, bases: Int32Array, cols: number): void {
  const [a, b, c] = srcs;
  for (let r = 0, ob = 0; r < bases.length; r++, ob += cols) {
    const fa = bases[r] + starts[0], fb = bases[r] + starts[1], fc = bases[r] + starts[2];
    for (let x = 0; x < cols; x++) out[ob + x] = Math.max(Math.max(a[fa + x], b[fb + x]), c[fc + x]);
  }
}

function minOfThree(out: FilterStorage, srcs: FilterStorage[], starts: Int32Array, bases: Int32Array, cols: number): void {
  const [a, b, c] = srcs;
  for (let r = 0, ob = 0; r < bases.length; r++, ob += cols) {
    const fa = bases[r] + starts[0], fb = bases[r] + starts[1], fc = bases[r] + starts[2];
    for (let x = 0; x < cols; x++) out[ob + x] = Math.min(Math.min(a[fa + x], b[fb + x]), c[fc + x]);
  }
}

// Each output pixel reads its runs' sliding extremes and is written once. No NaN here:
// Math.max / Math.min are scipy's comparisons without a data-dependent branch.
function maxOverRuns(out: FilterStorage, srcs: FilterStorage[], starts: Int32Array, bases: Int32Array, cols: number): void {
  const k = srcs.length;
  const from = new Int32Array(k);
  for (let r = 0, ob = 0; r < bases.length; r++, ob += cols) {
    for (let j = 0; j < k; j++) from[j] = bases[r] + starts[j];
    for (let c = 0; c < cols; c++) {
      let m = srcs[0][from[0] + c];
      for (let j = 1; j < k; j++) m = Math.max(m, srcs[j][from[j] + c]);
      out[ob + c] = m;
    }
  }
}

function minOverRuns(out: FilterStorage, srcs: FilterStorage[], starts: Int32Array, bases: Int32Array, cols: number): void {
  const k = srcs.length;
  const from = new Int32Array(k);
  for (let r = 0, ob = 0; r < bases.length; r++, ob += cols) {
    for (let j = 0; j < k; j++) from[j] = bases[r] + starts[j];
    for (let c = 0; c < cols; c++) {
      let m = srcs[0][from[0] + c];
      for (let j = 1; j < k; j++) m = Math.min(m, srcs[j][from[j] + c]);
      out[ob + c] = m;
    }
  }
}

/** A new zeroed array of `n` elements of `like`'s type. */
function sameType<S extends FilterStorage>(like: S, n: number): S {
  return new (like.constructor as new (n: number) => S)(n);
}

function hasNaN(a: Float64Array): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== a[i]) return true;
  return false;
}
