/**
 * Minimum / maximum over a flat footprint by its horizontal runs: each footprint row is split
 * into runs of set elements along the last axis; the padded input's sliding extreme is computed
 * once per distinct run length (a monotonic deque, O(1) per sample), and each output row takes
 * the extreme over its runs. A disk of radius 3 needs 3 sliding passes and 7 row combinations
 * instead of 37 shifted rows.
 */
import { FootprintPlan, rowBases } from "./_footprint";

/** Runs of consecutive set footprint elements along the last axis: padded offset of the first and length. */
function runsOf(plan: FootprintPlan, fcols: number): { start: Int32Array; length: Int32Array } {
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

/** The sliding extreme of window `len` along every padded row (width `width`): slide[p] = extreme of padded[p .. p+len-1]. */
function slidingExtreme(padded: Float64Array, width: number, len: number, max: boolean): Float64Array {
  const out = new Float64Array(padded.length);
  if (len === 1) {
    out.set(padded);
    return out;
  }
  const deque = new Int32Array(width);
  for (let base = 0; base < padded.length; base += width) {
    let head = 0;
    let tail = 0;
    for (let k = 0; k < width; k++) {
      const v = padded[base + k];
      if (max) while (tail > head && padded[base + deque[tail - 1]] <= v) tail--;
      else while (tail > head && padded[base + deque[tail - 1]] >= v) tail--;
      deque[tail++] = k;
      const first = k - len + 1;
      if (first < 0) continue;
      if (deque[head] < first) head++;
      out[base + first] = padded[base + deque[head]];
    }
  }
  return out;
}

/**
 * The footprint extreme of every output pixel (C order, shape `shape`), or null when the padded
 * input holds a NaN (scipy's comparisons then depend on the visiting order: the caller's exact
 * loop handles that).
 */
export function footprintExtremeByRuns(plan: FootprintPlan, fshape: readonly number[], shape: readonly number[], max: boolean): Float64Array | null {
  const { padded, paddedShape } = plan;
  for (let i = 0; i < padded.length; i++) if (padded[i] !== padded[i]) return null;
  const rank = shape.length;
  const width = paddedShape[rank - 1];
  const runs = runsOf(plan, fshape[rank - 1]);
  const slides = new Map<number, Float64Array>();
  for (const len of runs.length) if (!slides.has(len)) slides.set(len, slidingExtreme(padded, width, len, max));
  const cols = shape[rank - 1];
  const bases = rowBases(shape, paddedShape);
  const out = new Float64Array(bases.length * cols);
  for (let r = 0; r < bases.length; r++) {
    const ob = r * cols;
    for (let j = 0; j < runs.start.length; j++) {
      const src = slides.get(runs.length[j])!;
      const from = bases[r] + runs.start[j];
      if (j === 0) {
        for (let c = 0; c < cols; c++) out[ob + c] = src[from + c];
      } else if (max) {
        // no NaN here: Math.max is scipy's comparison without a data-dependent branch
        for (let c = 0; c < cols; c++) out[ob + c] = Math.max(out[ob + c], src[from + c]);
      } else {
        for (let c = 0; c < cols; c++) out[ob + c] = Math.min(out[ob + c], src[from + c]);
      }
    }
  }
  return out;
}
