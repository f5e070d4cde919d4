/**
 * np.save / np.load (.npy, and .npz archives on load) and np.savez / np.savez_compressed,
 * reading and writing files synchronously by path.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { PyArgs, isPlainObject, pyfunction, signature } from "../../signature";
import { FileNotFoundError, KeyError, PyTypeError, ValueError } from "../../errors";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { decodeNpy, encodeNpy, isNpy } from "./npy-format";
import { readZip, writeZip } from "./zip";

const SAVE = signature("numpy.save(file, arr, allow_pickle=True, fix_imports=True)", { types: { file: "str" }, unsupported: ["allow_pickle", "fix_imports"] });
const LOAD = signature("numpy.load(file, mmap_mode=None, allow_pickle=False, fix_imports=True, encoding='ASCII', *, max_header_size=10000)", {
  types: { file: "str" },
  unsupported: ["mmap_mode", "allow_pickle", "fix_imports", "encoding", "max_header_size"],
});
const SAVEZ = signature("numpy.savez(file, *args)", { types: { file: "str" } });
const SAVEZ_COMPRESSED = signature("numpy.savez_compressed(file, *args)", { types: { file: "str" } });

/** Python's error text for a missing file. */
export function fileNotFound(path: string): FileNotFoundError {
  return new FileNotFoundError(`[Errno 2] No such file or directory: '${path}'`);
}

/** The bytes of a file, or FileNotFoundError as Python raises it. */
export function readBytes(path: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(path));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") throw fileNotFound(path);
    throw e;
  }
}

/** Keywords of np.save. */
export interface SaveOptions {
  file?: string;
  arr?: ArrayLike;
  allow_pickle?: true;
  fix_imports?: true;
}

/** `numpy.save(file, arr, allow_pickle=True, fix_imports=True)`: writes arr to a .npy file (".npy" is appended to a path without it). */
export function save(file: string, arr: ArrayLike, ...rest: PyArgs<[allow_pickle: true, fix_imports: true, options: SaveOptions], SaveOptions>): void;
export function save(...args: unknown[]): void {
  const b = SAVE.bind(args);
  const path: string = b.file.endsWith(".npy") ? b.file : b.file + ".npy";
  writeFileSync(path, encodeNpy(asarray(b.arr)));
}
pyfunction(SAVE, save);

/** What np.load gives for an .npz archive: the arrays by name, and their names in `files`. */
export class NpzFile {
  /** The archive's array names (without ".npy"), in order. */
  readonly files: string[];
  /** The arrays by name. */
  readonly arrays: Record<string, NDArray>;

  constructor(arrays: Record<string, NDArray>) {
    this.arrays = arrays;
    this.files = Object.keys(arrays);
  }

  /** `npz[key]`: one array by name, KeyError as NumPy's text otherwise. */
  get(key: string): NDArray {
    if (!(key in this.arrays)) throw new KeyError(`${key} is not a file in the archive`);
    return this.arrays[key];
  }
}

/** Keywords of np.load. */
export interface LoadOptions {
  file?: string;
  mmap_mode?: null;
  allow_pickle?: false;
  fix_imports?: true;
  encoding?: "ASCII";
  max_header_size?: 10000;
}

/** `numpy.load(file, mmap_mode=None, allow_pickle=False, fix_imports=True, encoding='ASCII', *, max_header_size=10000)`: an array from a .npy file, or an NpzFile from a .npz archive. */
export function load(file: string, ...rest: PyArgs<[mmap_mode: null, allow_pickle: false, fix_imports: true, encoding: "ASCII", options: LoadOptions], LoadOptions>): NDArray | NpzFile;
export function load(...args: unknown[]): NDArray | NpzFile {
  const b = LOAD.bind(args);
  const bytes = readBytes(b.file);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const arrays: Record<string, NDArray> = {};
    for (const e of readZip(bytes)) arrays[e.name.endsWith(".npy") ? e.name.slice(0, -4) : e.name] = decodeNpy(e.data);
    return new NpzFile(arrays);
  }
  if (isNpy(bytes)) return decodeNpy(bytes);
  throw new ValueError(`Cannot load file containing pickled data when allow_pickle=False`);
}
pyfunction(LOAD, load);

function saveArchive(args: unknown[], compress: boolean): void {
  // keyword arrays come as a trailing plain object ({ x, y } for savez(file, x=x, y=y))
  const named = args.length > 1 && isPlainObject(args[args.length - 1]) ? (args.pop() as Record<string, ArrayLike>) : {};
  const b = (compress ? SAVEZ_COMPRESSED : SAVEZ).bind(args);
  // NumPy's order: the keyword arrays, then arr_0, arr_1, ...
  const entries: [string, ArrayLike][] = Object.entries(named);
  (b.args as ArrayLike[]).forEach((a, i) => {
    const key = `arr_${i}`;
    if (key in named) throw new ValueError(`Cannot use un-named variables and keyword ${key}`);
    entries.push([key, a]);
  });
  const path: string = b.file.endsWith(".npz") ? b.file : b.file + ".npz";
  writeFileSync(path, writeZip(entries.map(([name, a]) => ({ name: name + ".npy", data: encodeNpy(asarray(a)) })), compress));
}

/** `numpy.savez(file, *args, **kwds)` as `np.savez(file, ...arrays, { name: array })`: an uncompressed .npz archive (arr_0, arr_1, ... and the named arrays). */
export function savez(file: string, ...arrays: (ArrayLike | Record<string, ArrayLike>)[]): void;
export function savez(...args: unknown[]): void {
  if (typeof args[0] !== "string") throw new PyTypeError("savez() file must be a path string");
  saveArchive(args, false);
}
pyfunction(SAVEZ, savez);

/** `numpy.savez_compressed(file, *args, **kwds)`: as np.savez, the members deflated. */
export function savez_compressed(file: string, ...arrays: (ArrayLike | Record<string, ArrayLike>)[]): void;
export function savez_compressed(...args: unknown[]): void {
  if (typeof args[0] !== "string") throw new PyTypeError("savez_compressed() file must be a path string");
  saveArchive(args, true);
}
pyfunction(SAVEZ_COMPRESSED, savez_compressed);
