/**
 * np.einsum: Einstein summation over explicit or implicit subscripts ("ij,jk->ik", "ii",
 * "ij->ji", "bij,bjk->bik", "i,j", "...ij,...jk->...ik"), one loop over every label with per-operand strides
 * (a repeated label in one operand walks its diagonal).
 */
import { PyArgs, pyfunction, signature } from "../../signature";
import { PyTypeError, ValueError } from "../../errors";
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

/** Keywords of np.einsum (`optimize` changes only the order of work, and with sublists the letters labels become, as in NumPy). */
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

/** One label of a sublist: an integer in [0, 52) or "..." (Python's Ellipsis). */
export type SublistLabel = number | "...";

/**
 * A sublist's labels as subscript letters: 0-25 are "A"-"Z" and 26-51 "a"-"z" as NumPy's C
 * einsum maps them; with optimize NumPy goes through Python, where 0-25 are "a"-"z", and an
 * implicit output's order (upper case first) follows those letters.
 */
function sublistLetters(list: unknown, optimize: boolean): string {
  if (!Array.isArray(list)) throw new PyTypeError("each subscript must be either an integer or an ellipsis");
  return list.map((label) => {
    if (label === "...") return "...";
    if (typeof label !== "number" || !Number.isInteger(label)) throw new PyTypeError("each subscript must be either an integer or an ellipsis");
    if (label < 0 || label >= 52) throw new ValueError("subscript is not within the valid range [0, 52)");
    const [low, high] = optimize ? [97, 65] : [65, 97];
    return String.fromCharCode(label < 26 ? low + label : high + label - 26);
  }).join("");
}

/** The interleaved form (op0, sublist0, op1, sublist1, ..., [sublistout]) as a subscripts string and the operands. */
function fromSublists(items: readonly unknown[], optimize: boolean): [string, ArrayLike[]] {
  const pairs = Math.floor(items.length / 2);
  const operands: ArrayLike[] = [];
  const inputs: string[] = [];
  for (let k = 0; k < pairs; k++) {
    operands.push(items[2 * k] as ArrayLike);
    inputs.push(sublistLetters(items[2 * k + 1], optimize));
  }
  const output = items.length % 2 === 1 ? `->${sublistLetters(items[items.length - 1], optimize)}` : "";
  return [inputs.join(",") + output, operands];
}

/**
 * `numpy.einsum(*operands, out=None, optimize=False, **kwargs)` as
 * `np.einsum(subscripts, ...operands, { out, optimize })`: sums the products of the operands'
 * elements over the labels missing from the output. NumPy's sublist form works too:
 * `np.einsum(a, [0, 1], b, [1, 2], [0, 2])`, labels 0-51 and "..." for Ellipsis.
 */
export function einsum(subscripts: string, ...operands: (ArrayLike | EinsumOptions)[]): NDArray;
export function einsum(operand: ArrayLike, sublist: readonly SublistLabel[], ...rest: (ArrayLike | readonly SublistLabel[] | EinsumOptions)[]): NDArray;
export function einsum(...args: unknown[]): NDArray {
  const b = EINSUM.bind(args);
  const given = b.operands as unknown[];
  const [subscripts, rest] = typeof given[0] === "string" ? [given[0], given.slice(1) as ArrayLike[]] : fromSublists(given, b.optimize === true);
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
