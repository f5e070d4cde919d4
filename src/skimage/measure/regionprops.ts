/**
 * `skimage.measure.regionprops` (0.19): one RegionProperties per label, its properties computed
 * on first read and kept (cache=True). Both the 0.19 names (`area_convex`, `intensity_mean`,
 * `axis_major_length`, ...) and the older ones (`convex_area`, `mean_intensity`,
 * `major_axis_length`, ...) are properties, as scikit-image 0.19 provides both.
 */
import { inspect } from "node:util";
import { NDArray } from "../../np/ndarray";
import { bool, float64, int64 } from "../../np/dtype";
import { Slice } from "../../np/indexing/parse";
import { NotImplementedError, PyTypeError, ValueError } from "../../errors";
import { PyArgs, check, pyfunction, signature } from "../../signature";
import { AttributeError } from "../../errors";
import { find_objects } from "../../scipy/ndimage/label";
import { binary_fill_holes } from "../../scipy/ndimage/binary";
import { NDArrayLike, asNDArray, readFloat64, readStorage, warn } from "../_internal/arrays";
import { convex_hull_image } from "../morphology/convex_hull";
import { ARRAY_OR_NONE } from "../morphology/_support";
import { centralMoments, huMoments, inertiaTensor, normalizedMoments, symmetricEigvals } from "./moments";
import { croftonOf, eulerOf, perimeterOf } from "./perimeter";
import { INTENSITY_PROPS, OLD_NAMES, PROP_NAMES } from "./region_names";
import { countSet, feretDiameter, huPerChannel, maskValues, momentsArray, pairwiseMean, unitIndex } from "./_region_math";

const GETITEM = signature("skimage.measure._regionprops.RegionProperties.__getitem__(key)", { types: { key: "str" } });
const REGIONPROPS = signature("skimage.measure.regionprops(label_image, intensity_image=None, cache=True, coordinates=None, *, extra_properties=None)", {
  types: { label_image: "array_like", intensity_image: ARRAY_OR_NONE, cache: "bool", coordinates: "str|None", extra_properties: check("a sequence of functions or None", (v) => v === null || (Array.isArray(v) && v.every((f) => typeof f === "function"))) },
});

/** Keyword arguments of regionprops. */
export interface RegionpropsOptions {
  intensity_image?: NDArrayLike | null;
  /** Keep each property after its first read (default true). */
  cache?: boolean;
  /** Deprecated: only 'rc' (with a FutureWarning). */
  coordinates?: "rc" | null;
  /** Functions f(region_mask) or f(region_mask, intensity): each becomes a property named after it. */
  extra_properties?: ((image: NDArray, intensity?: NDArray) => unknown)[] | null;
}

/** One labelled region's properties (scikit-image's RegionProperties), computed when first read. */
export class RegionProperties {
  /** The region's label. */
  readonly label: number;
  /** The bounding box as one Slice per axis (`img.get(...region.slice)`). */
  readonly slice: Slice[];
  private readonly labels: NDArray;
  private readonly intensity: NDArray | null;
  private readonly cacheActive: boolean;
  private readonly cache = new Map<string, unknown>();
  private readonly ndim: number;
  private readonly multichannel: boolean;
  private readonly extra: Map<string, (image: NDArray, intensity?: NDArray) => unknown>;

  constructor(slice: Slice[], label: number, labelImage: NDArray, intensityImage: NDArray | null, cacheActive: boolean, extra: ((image: NDArray, intensity?: NDArray) => unknown)[] | null = null) {
    if (intensityImage !== null) {
      const nd = labelImage.ndim;
      const ok = labelImage.shape.every((d, k) => intensityImage.shape[k] === d) && (intensityImage.ndim === nd || intensityImage.ndim === nd + 1);
      if (!ok) throw new ValueError("Label and intensity image shapes must match, except for channel (last) axis.");
    }
    this.label = label;
    this.slice = slice;
    this.labels = labelImage;
    this.intensity = intensityImage;
    this.cacheActive = cacheActive;
    this.ndim = labelImage.ndim;
    this.multichannel = intensityImage !== null && intensityImage.ndim > labelImage.ndim;
    this.extra = new Map((extra ?? []).map((f) => [f.name, f]));
    for (const f of extra ?? []) {
      if (f.name in this) warn(`Extra property '${f.name}' is shadowed by existing property and will be inaccessible. Consider renaming it.`);
      else Object.defineProperty(this, f.name, { get: () => this.extraValue(f.name), enumerable: true });
    }
  }

  private cached<T>(name: string, compute: () => T): T {
    if (this.cacheActive && this.cache.has(name)) return this.cache.get(name) as T;
    const v = compute();
    this.cache.set(name, v);
    return v;
  }

  private extraValue(name: string): unknown {
    const f = this.extra.get(name)!;
    if (f.length >= 2) {
      if (this.intensity === null) throw new Error(`intensity image required to calculate ${name}`);
      return f(this.image, this.image_intensity);
    }
    return f(this.image);
  }

  private only2d(name: string): void {
    if (this.ndim > 2) throw new NotImplementedError(`Property ${name} is not implemented for 3D images`);
  }

  private box(): { start: number[]; shape: number[] } {
    return { start: this.slice.map((s) => s.start ?? 0), shape: this.slice.map((s) => (s.stop ?? 0) - (s.start ?? 0)) };
  }

  /** The region's mask inside its bounding box (bool). */
  get image(): NDArray {
    return this.cached("image", () => {
      const { start, shape } = this.box();
      const label = this.label;
      if (this.ndim === 2) {
        // straight from the whole label image's rows (C order), no cropped copy
        const all = readStorage(this.labels);
        const width = this.labels.shape[1];
        const [h, w] = shape;
        const mask = new Uint8Array(h * w);
        for (let r = 0; r < h; r++) {
          const row = (start[0] + r) * width + start[1];
          for (let c = 0; c < w; c++) mask[r * w + c] = all[row + c] === label ? 1 : 0;
        }
        return NDArray.fromStorage(mask, shape, bool);
      }
      const crop = readStorage(this.labels.get(...this.slice));
      const mask = new Uint8Array(crop.length);
      for (let i = 0; i < crop.length; i++) mask[i] = crop[i] === label ? 1 : 0;
      return NDArray.fromStorage(mask, shape, bool);
    });
  }

  /** The number of pixels. */
  get area(): number {
    return this.cached("area", () => countSet(this.image.data as Uint8Array));
  }

  /** (min_row, min_col, ..., max_row, max_col, ...): the bounding box, max exclusive. */
  get bbox(): number[] {
    return [...this.slice.map((s) => s.start ?? 0), ...this.slice.map((s) => s.stop ?? 0)];
  }

  /** The bounding box's pixel count. */
  get area_bbox(): number {
    return this.image.size;
  }
  get bbox_area(): number {
    return this.area_bbox;
  }

  /** The pixel coordinates (N, ndim) int64, in C order. */
  get coords(): NDArray {
    return this.cached("coords", () => {
      const { start, shape } = this.box();
      const m = this.image.data as Uint8Array;
      const nd = this.ndim;
      const out = new Float64Array(this.area * nd);
      const idx = new Array<number>(nd).fill(0);
      let k = 0;
      for (let i = 0; i < m.length; i++) {
        if (m[i]) for (let a = 0; a < nd; a++) out[k++] = idx[a] + start[a];
        for (let a = nd - 1; a >= 0; a--) {
          if (++idx[a] < shape[a]) break;
          idx[a] = 0;
        }
      }
      return NDArray.fromStorage(out, [out.length / nd, nd], int64);
    });
  }

  /** The mean pixel coordinate. */
  get centroid(): number[] {
    // integer coordinates sum exactly, so this is coords.mean(axis=0) without building coords
    const { start, shape } = this.box();
    const m = this.image.data as Uint8Array;
    const nd = this.ndim;
    const sums = new Array<number>(nd).fill(0);
    if (nd === 2) {
      const cols = shape[1];
      let sr = 0;
      let sc = 0;
      for (let r = 0, i = 0; r < shape[0]; r++) {
        for (let c = 0; c < cols; c++, i++) {
          if (m[i]) {
            sr += r;
            sc += c;
          }
        }
      }
      sums[0] = sr;
      sums[1] = sc;
    } else {
      const idx = new Array<number>(nd).fill(0);
      for (let i = 0; i < m.length; i++) {
        if (m[i]) for (let a = 0; a < nd; a++) sums[a] += idx[a];
        for (let a = nd - 1; a >= 0; a--) {
          if (++idx[a] < shape[a]) break;
          idx[a] = 0;
        }
      }
    }
    const n = this.area;
    return sums.map((s, a) => (s + n * start[a]) / n);
  }

  /** The convex hull of the region inside its bounding box (bool). */
  get image_convex(): NDArray {
    return this.cached("image_convex", () => convex_hull_image(this.image));
  }
  get convex_image(): NDArray {
    return this.image_convex;
  }

  /** The pixel count of the convex hull. */
  get area_convex(): number {
    return this.cached("area_convex", () => countSet(this.image_convex.data as Uint8Array));
  }
  get convex_area(): number {
    return this.area_convex;
  }

  /** The region with its holes filled (bool). */
  get image_filled(): NDArray {
    return this.cached("image_filled", () => binary_fill_holes(this.image, NDArray.fromStorage(new Uint8Array(3 ** this.ndim).fill(1), new Array(this.ndim).fill(3), bool)));
  }
  get filled_image(): NDArray {
    return this.image_filled;
  }

  /** The pixel count with holes filled. */
  get area_filled(): number {
    return countSet(this.image_filled.data as Uint8Array);
  }
  get filled_area(): number {
    return this.area_filled;
  }

  /** Raw moments of the region mask (4 x 4 for 2-D). */
  get moments(): NDArray {
    return this.cached("moments", () => momentsArray(centralMoments(maskValues(this.image), this.image.shape, new Array(this.ndim).fill(0), 3), this.ndim));
  }

  /** The centroid inside the bounding box. */
  get centroid_local(): NDArray {
    const M = readFloat64(this.moments);
    return NDArray.fromStorage(Float64Array.from({ length: this.ndim }, (_, a) => M[unitIndex(a, this.ndim)] / M[0]), [this.ndim], float64);
  }
  get local_centroid(): NDArray {
    return this.centroid_local;
  }

  /** Central moments of the region mask. */
  get moments_central(): NDArray {
    return this.cached("moments_central", () => momentsArray(centralMoments(maskValues(this.image), this.image.shape, Array.from(readFloat64(this.centroid_local)), 3), this.ndim));
  }

  /** Normalized central moments (NaN below order 2). */
  get moments_normalized(): NDArray {
    return this.cached("moments_normalized", () => momentsArray(normalizedMoments(readFloat64(this.moments_central), this.ndim, 4, 3), this.ndim));
  }

  /** Hu's seven invariants (2-D). */
  get moments_hu(): NDArray {
    this.only2d("moments_hu");
    return NDArray.fromStorage(huMoments(readFloat64(this.moments_normalized), 4), [7], float64);
  }

  /** The inertia tensor (ndim x ndim). */
  get inertia_tensor(): NDArray {
    return this.cached("inertia_tensor", () => NDArray.fromStorage(inertiaTensor(readFloat64(this.moments_central), this.ndim, 4), [this.ndim, this.ndim], float64));
  }

  /** Its eigenvalues, descending. */
  get inertia_tensor_eigvals(): number[] {
    return this.cached("inertia_tensor_eigvals", () => symmetricEigvals(readFloat64(this.inertia_tensor), this.ndim));
  }

  /** The length of the major axis of the ellipse with the same second moments. */
  get axis_major_length(): number {
    const ev = this.inertia_tensor_eigvals;
    if (this.ndim === 2) return 4 * Math.sqrt(ev[0]);
    if (this.ndim === 3) return Math.sqrt(10 * (ev[0] + ev[1] - ev[2]));
    throw new ValueError("axis_major_length only available in 2D and 3D");
  }
  get major_axis_length(): number {
    return this.axis_major_length;
  }

  /** The length of that ellipse's minor axis. */
  get axis_minor_length(): number {
    const ev = this.inertia_tensor_eigvals;
    if (this.ndim === 2) return 4 * Math.sqrt(ev[ev.length - 1]);
    if (this.ndim === 3) return Math.sqrt(10 * (-ev[0] + ev[1] + ev[2]));
    throw new ValueError("axis_minor_length only available in 2D and 3D");
  }
  get minor_axis_length(): number {
    return this.axis_minor_length;
  }

  /** That ellipse's eccentricity (0: a circle). */
  get eccentricity(): number {
    this.only2d("eccentricity");
    const [l1, l2] = this.inertia_tensor_eigvals;
    return l1 === 0 ? 0 : Math.sqrt(1 - l2 / l1);
  }

  /** The angle between axis 0 (rows) and the major axis, in (-pi/2, pi/2]. */
  get orientation(): number {
    this.only2d("orientation");
    const [a, b, , c] = readFloat64(this.inertia_tensor);
    if (a - c === 0) return b < 0 ? -Math.PI / 4 : Math.PI / 4;
    return 0.5 * Math.atan2(-2 * b, c - a);
  }

  /** The diameter of the circle (ball) of the same area (volume). */
  get equivalent_diameter_area(): number {
    return Math.pow((2 * this.ndim * this.area) / Math.PI, 1 / this.ndim);
  }
  get equivalent_diameter(): number {
    return this.equivalent_diameter_area;
  }

  /** Objects minus holes of the region mask. */
  get euler_number(): number {
    if (this.ndim !== 2 && this.ndim !== 3) throw new NotImplementedError("Euler number is implemented for 2D or 3D images only");
    return eulerOf(this.image, this.ndim);
  }

  /** area / area_bbox. */
  get extent(): number {
    return this.area / this.image.size;
  }

  /** The boundary length (4-neighbourhood, as skimage.measure.perimeter). */
  get perimeter(): number {
    this.only2d("perimeter");
    return perimeterOf(this.image, 4);
  }

  /** The Crofton perimeter (4 directions), as skimage.measure.perimeter_crofton. */
  get perimeter_crofton(): number {
    this.only2d("perimeter_crofton");
    return croftonOf(this.image, 4);
  }

  /** area / area_convex. */
  get solidity(): number {
    return this.area / this.area_convex;
  }

  /** The longest distance between points of the convex hull's contour. */
  get feret_diameter_max(): number {
    this.only2d("feret_diameter_max");
    return feretDiameter(this.image_convex);
  }

  /** The intensity image inside the bounding box, zero outside the region. */
  get image_intensity(): NDArray {
    return this.cached("image_intensity", () => {
      if (this.intensity === null) throw new Error("No intensity image specified.");
      const crop = this.intensity.get(...this.slice);
      const v = readFloat64(crop);
      const m = this.image.data as Uint8Array;
      const ch = this.multichannel ? crop.shape[crop.ndim - 1] : 1;
      const out = new this.intensity.dtype.storage(v.length);
      for (let i = 0; i < v.length; i++) out[i] = m[Math.floor(i / ch)] ? v[i] : 0;
      return NDArray.fromStorage(out, crop.shape.slice(), this.intensity.dtype);
    });
  }
  get intensity_image(): NDArray {
    return this.image_intensity;
  }

  /** The region's intensity values (per channel: an array of rows). */
  private regionValues(): { values: Float64Array; channels: number } {
    const v = readFloat64(this.image_intensity);
    const m = this.image.data as Uint8Array;
    const ch = this.multichannel ? this.intensity!.shape[this.intensity!.ndim - 1] : 1;
    const out: number[] = [];
    for (let i = 0; i < m.length; i++) if (m[i]) for (let c = 0; c < ch; c++) out.push(v[i * ch + c]);
    return { values: Float64Array.from(out), channels: ch };
  }

  private perChannel(f: (vals: Float64Array) => number): number | NDArray {
    const { values, channels } = this.regionValues();
    const n = values.length / channels;
    const res = Array.from({ length: channels }, (_, c) => f(Float64Array.from({ length: n }, (_, i) => values[i * channels + c])));
    return this.multichannel ? NDArray.fromStorage(Float64Array.from(res), [channels], float64) : res[0];
  }

  /** The largest intensity in the region (float). */
  get intensity_max(): number | NDArray {
    return this.perChannel((v) => v.reduce((a, b) => (b > a || Number.isNaN(b) ? b : a), -Infinity));
  }
  get max_intensity(): number | NDArray {
    return this.intensity_max;
  }

  /** The mean intensity in the region. */
  get intensity_mean(): number | NDArray {
    return this.perChannel((v) => pairwiseMean(v));
  }
  get mean_intensity(): number | NDArray {
    return this.intensity_mean;
  }

  /** The smallest intensity in the region (float). */
  get intensity_min(): number | NDArray {
    return this.perChannel((v) => v.reduce((a, b) => (b < a || Number.isNaN(b) ? b : a), Infinity));
  }
  get min_intensity(): number | NDArray {
    return this.intensity_min;
  }

  /** Raw moments of the intensity in the region. */
  get moments_weighted(): NDArray {
    return this.cached("moments_weighted", () => this.weighted((vals, shape) => centralMoments(vals, shape, new Array(this.ndim).fill(0), 3)));
  }
  get weighted_moments(): NDArray {
    return this.moments_weighted;
  }

  /** The intensity-weighted centroid inside the bounding box. */
  get centroid_weighted_local(): NDArray {
    const M = readFloat64(this.moments_weighted);
    const ch = this.multichannel ? this.intensity!.shape[this.intensity!.ndim - 1] : 1;
    const out = new Float64Array(this.ndim * ch);
    for (let a = 0; a < this.ndim; a++) for (let c = 0; c < ch; c++) out[a * ch + c] = M[unitIndex(a, this.ndim) * ch + c] / M[c];
    return NDArray.fromStorage(out, this.multichannel ? [this.ndim, ch] : [this.ndim], float64);
  }
  get weighted_local_centroid(): NDArray {
    return this.centroid_weighted_local;
  }

  /** The intensity-weighted centroid. */
  get centroid_weighted(): number[] | NDArray[] {
    const local = this.centroid_weighted_local;
    const start = this.box().start;
    if (!this.multichannel) return Array.from(readFloat64(local), (v, a) => v + start[a]);
    const ch = local.shape[1];
    const v = readFloat64(local);
    return start.map((s, a) => NDArray.fromStorage(Float64Array.from({ length: ch }, (_, c) => v[a * ch + c] + s), [ch], float64));
  }
  get weighted_centroid(): number[] | NDArray[] {
    return this.centroid_weighted;
  }

  /** Central moments of the intensity about the weighted centroid. */
  get moments_weighted_central(): NDArray {
    return this.cached("moments_weighted_central", () => {
      const ctr = readFloat64(this.centroid_weighted_local);
      const ch = this.multichannel ? this.intensity!.shape[this.intensity!.ndim - 1] : 1;
      return this.weighted((vals, shape, c) => centralMoments(vals, shape, Array.from({ length: this.ndim }, (_, a) => ctr[a * ch + c]), 3));
    });
  }
  get weighted_moments_central(): NDArray {
    return this.moments_weighted_central;
  }

  /** Normalized weighted central moments. */
  get moments_weighted_normalized(): NDArray {
    return this.cached("moments_weighted_normalized", () => this.perChannelMoments(this.moments_weighted_central, (mu) => normalizedMoments(mu, this.ndim, 4, 3)));
  }
  get weighted_moments_normalized(): NDArray {
    return this.moments_weighted_normalized;
  }

  /** Hu's invariants of the weighted normalized moments (2-D). */
  get moments_weighted_hu(): NDArray {
    this.only2d("moments_weighted_hu");
    const nu = this.moments_weighted_normalized;
    if (!this.multichannel) return NDArray.fromStorage(huMoments(readFloat64(nu), 4), [7], float64);
    return huPerChannel(nu);
  }
  get weighted_moments_hu(): NDArray {
    return this.moments_weighted_hu;
  }

  /** Applies a moments computation to each channel of the intensity crop, stacking on a last axis. */
  private weighted(f: (vals: Float64Array, shape: number[], channel: number) => Float64Array): NDArray {
    const img = this.image_intensity;
    const v = readFloat64(img);
    const shape = this.box().shape;
    if (!this.multichannel) return momentsArray(f(v, shape, 0), this.ndim);
    const ch = img.shape[img.ndim - 1];
    const per = Array.from({ length: ch }, (_, c) => f(Float64Array.from({ length: v.length / ch }, (_, i) => v[i * ch + c]), shape, c));
    const out = new Float64Array(per[0].length * ch);
    for (let i = 0; i < per[0].length; i++) for (let c = 0; c < ch; c++) out[i * ch + c] = per[c][i];
    return NDArray.fromStorage(out, [...new Array(this.ndim).fill(4), ch], float64);
  }

  private perChannelMoments(m: NDArray, f: (mu: Float64Array) => Float64Array): NDArray {
    if (!this.multichannel) return momentsArray(f(readFloat64(m)), this.ndim);
    const ch = m.shape[m.ndim - 1];
    const v = readFloat64(m);
    const size = v.length / ch;
    const out = new Float64Array(v.length);
    for (let c = 0; c < ch; c++) {
      const r = f(Float64Array.from({ length: size }, (_, i) => v[i * ch + c]));
      for (let i = 0; i < size; i++) out[i * ch + c] = r[i];
    }
    return NDArray.fromStorage(out, m.shape.slice(), float64);
  }

  /** The property names, sorted (the intensity ones only with an intensity image), as iterating a region gives them. */
  *[Symbol.iterator](): IterableIterator<string> {
    const skip = this.intensity === null ? new Set(INTENSITY_PROPS) : new Set<string>();
    yield* PROP_NAMES.filter((p) => !skip.has(p)).sort();
  }

  /** What a notebook shows for a region: Python's repr without the address. */
  [inspect.custom](): string {
    return "<skimage.measure._regionprops.RegionProperties object>";
  }

  /** `region[key]` (`RegionProperties.__getitem__(key)`): a property by its current or older name. */
  get(key: string): unknown {
    GETITEM.bind(arguments);
    const name = OLD_NAMES[key] ?? key;
    if (this.extra.has(name)) return this.extraValue(name);
    if (!PROP_NAMES.includes(name)) throw new AttributeError(`'RegionProperties' object has no attribute '${key}'`);
    return (this as unknown as Record<string, unknown>)[name];
  }
}

/**
 * `skimage.measure.regionprops(label_image, intensity_image=None, cache=True, coordinates=None,
 * *, extra_properties=None)`: a RegionProperties for each label present, in label order.
 */
export function regionprops(label_image: NDArrayLike, ...rest: PyArgs<[intensity_image: NDArrayLike | null, cache: boolean, coordinates: "rc" | null, options: RegionpropsOptions], RegionpropsOptions>): RegionProperties[];
export function regionprops(...args: unknown[]): RegionProperties[] {
  const { label_image, intensity_image, cache, coordinates, extra_properties } = REGIONPROPS.bind(args);
  const labels = asNDArray(label_image, "label_image");
  if (labels.ndim !== 2 && labels.ndim !== 3) throw new PyTypeError("Only 2-D and 3-D images supported.");
  if (labels.dtype.kind === "b") {
    throw new PyTypeError("Non-integer image types are ambiguous: use skimage.measure.label to label the connected components of label_image, or label_image.astype(np.uint8) to interpret the True values as a single label.");
  }
  if (labels.dtype.kind === "f") throw new PyTypeError("Non-integer label_image types are ambiguous");
  if (coordinates !== null) {
    if (coordinates === "rc") {
      warn("The coordinates keyword argument to skimage.measure.regionprops is deprecated. All features are now computed in rc (row-column) coordinates. Please remove `coordinates=\"rc\"` from all calls to regionprops before updating scikit-image.", "FutureWarning");
    } else {
      throw new ValueError("Values other than \"rc\" for the \"coordinates\" argument to skimage.measure.regionprops are no longer supported. You should update your code to use \"rc\" coordinates and stop using the \"coordinates\" argument, or use skimage version 0.15.x or earlier.");
    }
  }
  const intensity = intensity_image === null ? null : asNDArray(intensity_image, "intensity_image");
  const regions: RegionProperties[] = [];
  find_objects(labels).forEach((sl, i) => {
    if (sl !== null) regions.push(new RegionProperties(sl, i + 1, labels, intensity, cache, extra_properties));
  });
  return regions;
}
pyfunction(REGIONPROPS, regionprops);
pyfunction(GETITEM, RegionProperties.prototype.get);
