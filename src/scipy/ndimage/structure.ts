/** `scipy.ndimage.generate_binary_structure` and the structure arguments of the binary functions. */
import { NDArray } from "../../np/ndarray";
import { bool } from "../../np/dtype";
import { RuntimeError } from "../../errors";
import { pyfunction, signature } from "../../signature";
import { inputArray, valuesOf } from "./_support";
import { readStorage } from "../../skimage/_internal/arrays";

const GENERATE_BINARY_STRUCTURE = signature("scipy.ndimage.generate_binary_structure(rank, connectivity)", {
  types: { rank: "int", connectivity: "int" },
});

/**
 * `scipy.ndimage.generate_binary_structure(rank, connectivity)`: a 3 x ... x 3 bool array whose
 * elements at squared distance <= connectivity from the centre are set (1: faces, rank: full).
 */
export function generate_binary_structure(rank: number, connectivity: number): NDArray;
export function generate_binary_structure(...args: unknown[]): NDArray {
  const { rank, connectivity } = GENERATE_BINARY_STRUCTURE.bind(args);
  return binaryStructure(rank, connectivity);
}
pyfunction(GENERATE_BINARY_STRUCTURE, generate_binary_structure);

/** generate_binary_structure without the binding. */
export function binaryStructure(rank: number, connectivity: number): NDArray {
  const conn = connectivity < 1 ? 1 : connectivity;
  if (rank < 1) return NDArray.fromStorage(new Uint8Array([1]), [], bool);
  const n = 3 ** rank;
  const data = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    let rem = i;
    let dist = 0;
    for (let a = 0; a < rank; a++) {
      dist += Math.abs((rem % 3) - 1);
      rem = Math.floor(rem / 3);
    }
    data[i] = dist <= conn ? 1 : 0;
  }
  return NDArray.fromStorage(data, new Array<number>(rank).fill(3), bool);
}

/** A structure argument (None: faces only) as shape and set flags, checked against the rank. */
export function structureOf(structure: unknown, rank: number): { shape: number[]; on: Uint8Array } {
  const s = structure === null || structure === undefined ? binaryStructure(rank, 1) : inputArray(structure, "structure");
  if (s.ndim !== rank) throw new RuntimeError("structure and input must have same dimensionality");
  const v = valuesOf(s);
  const on = new Uint8Array(v.length);
  for (let i = 0; i < v.length; i++) on[i] = v[i] !== 0 ? 1 : 0;
  return { shape: s.shape.slice(), on };
}

/** The structure reversed on every axis (a C-ordered flat reverse). */
export function reflected(s: { shape: number[]; on: Uint8Array }): { shape: number[]; on: Uint8Array } {
  return { shape: s.shape.slice(), on: s.on.slice().reverse() };
}

/** The input's nonzero flags in C order. */
export function flagsOf(a: NDArray): Uint8Array {
  const v = readStorage(a);
  const out = new Uint8Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = v[i] !== 0 ? 1 : 0;
  return out;
}
