/** `skimage.io.ImageCollection` / `imread_collection`: lazily loaded files of glob patterns. */
import { glob } from "../../glob/glob";
import { delimiter } from "node:path";
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { IndexError, ValueError } from "../../errors";
import { imread } from "./imread";
import { PyArgs, pyTypeName, pyfunction, signature } from "../../signature";

/**
 * scikit-image's `alphanumeric_key` order: names split into text and digit runs, digit runs
 * compared as numbers, text compared by code point ("img2" < "img10").
 */
export function alphanumericCompare(a: string, b: string): number {
  const pa = a.split(/([0-9]+)/);
  const pb = b.split(/([0-9]+)/);
  const n = Math.min(pa.length, pb.length);
  for (let k = 0; k < n; k++) {
    if (k % 2 === 1) {
      const d = Number(pa[k]) - Number(pb[k]);
      if (d !== 0) return d;
    } else if (pa[k] !== pb[k]) {
      return pa[k] < pb[k] ? -1 : 1;
    }
  }
  return pa.length - pb.length;
}

/** Options of ImageCollection, as scikit-image's keywords. */
export interface ImageCollectionOptions {
  load_pattern?: string | readonly string[];
  /** Keep only the most recently read image in memory (default true); false caches every image. */
  conserve_memory?: boolean;
  /** Loads one file (default: io.imread). */
  load_func?: (path: string) => NDArray;
}

// Python's **load_func_kwargs (extra arguments for load_func) are not provided: bind them in the load_func
const IMAGE_COLLECTION = signature("skimage.io.ImageCollection(load_pattern, conserve_memory=True, load_func=None)", {
  types: { conserve_memory: "bool", load_func: "callable|None" },
});
const GETITEM = signature("skimage.io.ImageCollection.__getitem__(n)");
const CONCATENATE = signature("skimage.io.ImageCollection.concatenate()");
const RELOAD = signature("skimage.io.ImageCollection.reload(n=None)", { types: { n: "int|None" } });
const IMREAD_COLLECTION = signature("skimage.io.imread_collection(load_pattern, conserve_memory=True, plugin=None)", {
  types: { conserve_memory: "bool" },
  unsupported: ["plugin"],
});

/** The patterns of `load_pattern`: one string (split at the path delimiter) or a list of strings. */
function patternsOf(load_pattern: unknown): string[] {
  if (typeof load_pattern === "string") return load_pattern.split(delimiter);
  if (!Array.isArray(load_pattern)) throw new TypeError(`'${pyTypeName(load_pattern)}' object is not iterable`);
  return load_pattern.slice();
}

/**
 * `skimage.io.ImageCollection(load_pattern, conserve_memory=True, load_func=None, **load_func_kwargs)`: the files
 * matching one or more glob patterns (a list, or one string with patterns separated by the
 * platform's path delimiter), sorted in natural order, read on first access (one image per
 * file: the first frame of multi-frame files).
 * `coll.files` lists the paths, `coll.length` counts them, `coll.get(i)` reads one (negative i
 * counts from the end), and the collection is iterable.
 */
export class ImageCollection implements Iterable<NDArray> {
  /** The matched file names, in natural order. */
  readonly files: string[];
  readonly conserve_memory: boolean;
  private readonly loadFunc: (path: string) => NDArray;
  private readonly cache = new Map<number, NDArray>();

  constructor(load_pattern: string | readonly string[], ...rest: PyArgs<[conserve_memory: boolean, load_func: ((path: string) => NDArray) | null, options: ImageCollectionOptions], ImageCollectionOptions>);
  constructor(...args: unknown[]) {
    const { load_pattern, conserve_memory, load_func } = IMAGE_COLLECTION.bind(args);
    const patterns = patternsOf(load_pattern);
    const files: string[] = [];
    for (const pattern of patterns) {
      // scikit-image expands each pattern with Python's glob.glob, then sorts naturally.
      files.push(...glob(pattern));
    }
    files.sort(alphanumericCompare);
    this.files = files;
    this.conserve_memory = conserve_memory;
    this.loadFunc = load_func ?? ((path: string) => imread(path));
  }

  /** Number of images (`len(coll)`). */
  get length(): number {
    return this.files.length;
  }

  /** `coll[n]` (Python's `ImageCollection.__getitem__(n)`): the n-th image, read now unless cached; negative n counts from the end. */
  get(n: number): NDArray {
    if (arguments.length !== 1) n = GETITEM.bind(arguments).n;
    if (!Number.isInteger(n)) throw new TypeError("Invalid index: an integer is required");
    const len = this.files.length;
    const idx = n < 0 ? n + len : n;
    if (idx < 0 || idx >= len) throw new IndexError(`There are only ${len} images in the collection`);
    let img = this.cache.get(idx);
    if (img === undefined) {
      img = this.loadFunc(this.files[idx]);
      if (this.conserve_memory) this.cache.clear();
      this.cache.set(idx, img);
    }
    return img;
  }

  *[Symbol.iterator](): Iterator<NDArray> {
    for (let i = 0; i < this.files.length; i++) yield this.get(i);
  }

  /** `coll.concatenate()`: all images stacked along a new first axis; they must share a shape. */
  concatenate(): NDArray {
    if (arguments.length !== 0) CONCATENATE.bind(arguments);
    const images = [...this];
    if (images.length === 0) throw new ValueError("Image dimensions must agree.");
    const first = images[0];
    for (const img of images) {
      if (img.dtype !== first.dtype || img.shape.length !== first.shape.length || img.shape.some((d, k) => d !== first.shape[k])) {
        throw new ValueError("Image dimensions must agree.");
      }
    }
    const out = new first.dtype.storage(first.size * images.length);
    images.forEach((img, k) => out.set(contiguousStorage(img), k * first.size));
    return NDArray.fromStorage(out, [images.length, ...first.shape], first.dtype);
  }

  /** `coll.reload(n=None)`: forgets the cached image n, or every cached image, so the next access reads the file again. */
  reload(n?: number | null | { n?: number | null }): void {
    const { n: which } = RELOAD.bind(arguments);
    if (which === null) this.cache.clear();
    else this.cache.delete(which < 0 ? which + this.files.length : which);
  }

  toString(): string {
    return `<ImageCollection with ${this.files.length} images>`;
  }
}

pyfunction(IMAGE_COLLECTION, ImageCollection);
pyfunction(GETITEM, ImageCollection.prototype.get);
pyfunction(CONCATENATE, ImageCollection.prototype.concatenate);
pyfunction(RELOAD, ImageCollection.prototype.reload);

/**
 * `skimage.io.imread_collection(load_pattern, conserve_memory=True, plugin=None, **plugin_args)`:
 * an ImageCollection of the files matching the glob pattern(s), loaded lazily with imread.
 */
export function imread_collection(
  load_pattern: string | readonly string[],
  ...rest: PyArgs<[conserve_memory: boolean, plugin: null, options: { load_pattern?: string | readonly string[]; conserve_memory?: boolean; plugin?: null }], { load_pattern?: string | readonly string[]; conserve_memory?: boolean; plugin?: null }>
): ImageCollection;
export function imread_collection(...args: unknown[]): ImageCollection {
  const { load_pattern, conserve_memory } = IMREAD_COLLECTION.bind(args);
  return new ImageCollection(load_pattern, { conserve_memory });
}
pyfunction(IMREAD_COLLECTION, imread_collection);
