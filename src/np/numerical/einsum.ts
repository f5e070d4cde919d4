/**
 * np.einsum: Einstein summation over explicit or implicit subscripts ("ij,jk->ik", "ii",
 * "ij->ji", "bij,bjk->bik", "i,j", "...ij,...jk->...ik"), one loop over every label with per-operand strides
 * (a repeated label in one operand walks its diagonal).
 */
import { PyArgs, pyfunction, signature } from "../../signature";
import { NotImplementedError, ValueError } from "../../errors";
import { DType, resultTypeOf } from "../dtype";
import { NDArray, cContiguousStrides } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { copyInto } from "../cast";
import { OUT } from "../params";
import { shapeSize } from "../shape";

const EINSUM = signature("numpy.einsum(*operands, out=None, optimize=False, dtype=None, order='K', casting='safe')", {
  types: { out: OUT, optimize: "bool" },
  unsupported: ["dtype", "order", "casting"],
});

/** Keywords of np.einsum (`optimize` changes only the order of work, never the result). */
export interface EinsumOptions {
  out?: NDArray | null;
  optimize?: boolean;
  dtype?: null;
  order?: "K";
  casting?: "safe";
}

/** Labels standing for the dimensions "..." covers (outside the letters subscripts use). */
const BROADCAST_LABELS = Array.from({ length: 32 }, (_, i) => String.fromCharCode(0x100 + i));

/**
 * The input subscripts per operand and the output subscripts (implicit: labels seen once,
 * sorted, after the "..." dimensions), with "..." replaced by labels of its own, right-aligned
 * across the operands.
 */
function parseSubscripts(text: string, ndims: readonly number[]): [string[], string] {
  const spec = text.replace(/\s+/g, "");
  const arrow = spec.indexOf("->");
  const inputs = (arrow < 0 ? spec : spec.slice(0, arrow)).split(",");
  if (inputs.length !== ndims.length) throw new ValueError("more operands provided to einstein sum function than specified in the subscripts string");
  const check = (s: string) => {
    for (const c of s.replace("...", "")) if (!/[a-zA-Z]/.test(c)) throw new ValueError(`invalid subscript '${c}' in einstein sum subscripts string, subscripts must be letters`);
  };
  inputs.forEach(check);
  // how many dimensions "..." stands for in each operand
  const covered = inputs.map((s, k) => (s.includes("...") ? ndims[k] - (s.length - 3) : 0));
  const width = Math.max(0, ...covered);
  const fill = (s: string, n: number) => s.replace("...", BROADCAST_LABELS.slice(width - n, width).join(""));
  const expanded = inputs.map((s, k) => fill(s, covered[k]));
  if (arrow >= 0) {
    const given = spec.slice(arrow + 2);
    check(given);
    const out = fill(given, width);
    for (const c of out) {
      if (!expanded.some((s) => s.includes(c))) throw new ValueError(`einstein sum subscripts string included output subscript '${c}' which never appeared in an input`);
    }
    if (new Set(out).size !== out.length) throw new ValueError(`einstein sum subscripts string includes output subscript '${[...out].find((c, i) => out.indexOf(c) !== i)}' multiple times`);
    return [expanded, out];
  }
  const counts = new Map<string, number>();
  for (const s of inputs) for (const c of s.replace("...", "")) counts.set(c, (counts.get(c) ?? 0) + 1);
  const once = [...counts].filter(([, n]) => n === 1).map(([c]) => c);
  // NumPy orders implicit output labels alphabetically, upper case first, after the "..." dimensions
  return [expanded, BROADCAST_LABELS.slice(0, width).join("") + once.sort().join("")];
}

/**
 * `numpy.einsum(*operands, out=None, optimize=False, **kwargs)` as
 * `np.einsum(subscripts, ...operands, { out, optimize })`: sums the products of the operands'
 * elements over the labels missing from the output.
 */
export function einsum(subscripts: string, ...operands: (ArrayLike | EinsumOptions)[]): NDArray;
export function einsum(...args: unknown[]): NDArray {
  const b = EINSUM.bind(args);
  const [subscripts, ...rest] = b.operands as [unknown, ...ArrayLike[]];
  if (typeof subscripts !== "string") throw new NotImplementedError("einsum() with sublists instead of a subscripts string is not supported yet");
  const arrays = rest.map((a) => asarray(a));
  const [inputs, output] = parseSubscripts(subscripts, arrays.map((a) => a.ndim));
  const sizes = new Map<string, number>();
  arrays.forEach((a, k) => {
    const s = inputs[k];
    if (s.length !== a.ndim) {
      throw new ValueError(`einstein sum subscripts string contains too ${s.length > a.ndim ? "many" : "few"} subscripts for operand ${k}`);
    }
    [...s].forEach((c, axis) => {
      const n = a.shape[axis];
      const seen = sizes.get(c);
      if (seen === undefined || seen === 1) sizes.set(c, n);
      else if (n !== seen && n !== 1) {
        throw new ValueError(`operands could not be broadcast together with remapped shapes [original->remapped]: ${arrays.map((x) => `(${x.shape.join(",")})`).join(" ")}`);
      }
    });
  });
  const summed = [...sizes.keys()].filter((c) => !output.includes(c));
  const labels = [...output, ...summed];
  const dims = labels.map((c) => sizes.get(c)!);
  // per operand, the stride each label moves it by (size-1 axes broadcast: stride 0)
  const strides = arrays.map((a, k) => labels.map((c) => {
    let st = 0;
    [...inputs[k]].forEach((l, axis) => {
      if (l === c && a.shape[axis] !== 1) st += a.strides[axis];
    });
    return st;
  }));
  const dt: DType = resultTypeOf(arrays.map((a) => ({ dtype: a.dtype, scalar: false, value: 0 })));
  const outShape = [...output].map((c) => sizes.get(c)!);
  const result = new Float64Array(shapeSize(outShape));
  const total = shapeSize(dims);
  if (total > 0) {
    const nd = labels.length;
    const index = new Array<number>(nd).fill(0);
    const offsets = arrays.map((a) => a.offset);
    const data = arrays.map((a) => a.data);
    const perOutput = shapeSize(dims.slice(output.length));
    for (let o = 0; o < result.length; o++) {
      let acc = 0;
      for (let s = 0; s < perOutput; s++) {
        let p = 1;
        for (let k = 0; k < data.length; k++) p *= data[k][offsets[k]] as number;
        acc += p;
        // odometer over every label, last label fastest
        for (let d = nd - 1; d >= 0; d--) {
          index[d]++;
          for (let k = 0; k < data.length; k++) offsets[k] += strides[k][d];
          if (index[d] < dims[d]) break;
          for (let k = 0; k < data.length; k++) offsets[k] -= strides[k][d] * dims[d];
          index[d] = 0;
        }
      }
      result[o] = acc;
    }
  }
  const storage = new dt.storage(result.length);
  for (let i = 0; i < result.length; i++) storage[i] = dt.kind === "b" ? (result[i] !== 0 ? 1 : 0) : result[i];
  const out = new NDArray(storage, outShape, cContiguousStrides(outShape), 0, dt);
  if (b.out !== null) {
    copyInto(b.out, out, "einsum");
    return b.out;
  }
  return out;
}
pyfunction(EINSUM, einsum);
