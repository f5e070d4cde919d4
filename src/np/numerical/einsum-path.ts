/**
 * np.einsum_path: the order in which to contract an einsum's operands pairwise (NumPy's
 * greedy or optimal search over FLOP counts and intermediate sizes) and NumPy's printed report
 * of it. Only the operands' shapes matter.
 */
import { KeyError, PyTypeError, RuntimeError, ValueError } from "../../errors";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { pyFormat } from "../io/printf";
import { pyfunction, signature } from "../../signature";

const EINSUM_PATH = signature("numpy.einsum_path(*operands, optimize='greedy', einsum_call=False)", {
  types: { einsum_call: "bool" },
  unsupported: ["einsum_call"],
});

const SYMBOLS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** What `optimize` may be: a strategy name, true/false/null, an explicit path, or [strategy, memory limit]. */
export type EinsumOptimize = "greedy" | "optimal" | boolean | null | readonly ["einsum_path", ...(readonly number[])[]] | readonly [string, number];
/** Keyword arguments of np.einsum_path. */
export interface EinsumPathOptions {
  optimize?: EinsumOptimize;
  einsum_call?: boolean;
}

type Chars = Set<string>;

const union = (a: Chars, b: Chars): Chars => new Set([...a, ...b]);
const intersect = (a: Chars, b: Chars): Chars => new Set([...a].filter((c) => b.has(c)));
const minus = (a: Chars, b: Chars): Chars => new Set([...a].filter((c) => !b.has(c)));
const sizeOf = (indices: Iterable<string>, dims: Map<string, number>): number => {
  let r = 1;
  for (const i of indices) r *= dims.get(i)!;
  return r;
};

function flopCount(contraction: Chars, inner: boolean, terms: number, dims: Map<string, number>): number {
  return sizeOf(contraction, dims) * (Math.max(1, terms - 1) + (inner ? 1 : 0));
}

interface Contraction {
  result: Chars;
  remaining: Chars[];
  removed: Chars;
  contract: Chars;
}

function findContraction(positions: readonly number[], inputs: readonly Chars[], output: Chars): Contraction {
  let contract: Chars = new Set();
  let remain = new Set(output);
  const remaining: Chars[] = [];
  inputs.forEach((value, i) => {
    if (positions.includes(i)) contract = union(contract, value);
    else {
      remaining.push(value);
      remain = union(remain, value);
    }
  });
  const result = intersect(remain, contract);
  remaining.push(result);
  return { result, remaining, removed: minus(contract, result), contract };
}

function* pairs(n: number): Generator<[number, number]> {
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) yield [i, j];
}

function optimalPath(inputs: Chars[], output: Chars, dims: Map<string, number>, memoryLimit: number): number[][] {
  let full: [number, number[][], Chars[]][] = [[0, [], inputs]];
  for (let iteration = 0; iteration < inputs.length - 1; iteration++) {
    const next: [number, number[][], Chars[]][] = [];
    for (const [cost, positions, remaining] of full) {
      for (const con of pairs(inputs.length - iteration)) {
        const c = findContraction(con, remaining, output);
        if (sizeOf(c.result, dims) > memoryLimit) continue;
        next.push([cost + flopCount(c.contract, c.removed.size > 0, con.length, dims), [...positions, con], c.remaining]);
      }
    }
    if (next.length > 0) full = next;
    else {
      const best = full.reduce((m, x) => (x[0] < m[0] ? x : m));
      return [...best[1], Array.from({ length: inputs.length - iteration }, (_, i) => i)];
    }
  }
  if (full.length === 0) return [Array.from({ length: inputs.length }, (_, i) => i)];
  return full.reduce((m, x) => (x[0] < m[0] ? x : m))[1];
}

type Candidate = [[number, number], [number, number], Chars[]];

function possibleContraction(positions: [number, number], inputs: Chars[], output: Chars, dims: Map<string, number>, memoryLimit: number, pathCost: number, naiveCost: number): Candidate | null {
  const c = findContraction(positions, inputs, output);
  const newSize = sizeOf(c.result, dims);
  if (newSize > memoryLimit) return null;
  const removedSize = positions.reduce((s, p) => s + sizeOf(inputs[p], dims), 0) - newSize;
  const cost = flopCount(c.contract, c.removed.size > 0, positions.length, dims);
  if (pathCost + cost > naiveCost) return null;
  return [[-removedSize, cost], positions, c.remaining];
}

const before = (a: Candidate, b: Candidate) => a[0][0] < b[0][0] || (a[0][0] === b[0][0] && a[0][1] < b[0][1]);

function updateOthers(results: Candidate[], best: Candidate): Candidate[] {
  const [bx, by] = best[1];
  const out: Candidate[] = [];
  for (const [cost, [x, y], sets] of results) {
    if (x === bx || x === by || y === bx || y === by) continue;
    const con = sets.slice();
    con.splice(by - Number(by > x) - Number(by > y), 1);
    con.splice(bx - Number(bx > x) - Number(bx > y), 1);
    con.splice(con.length - 1, 0, best[2][best[2].length - 1]);
    out.push([cost, [x - Number(x > bx) - Number(x > by), y - Number(y > bx) - Number(y > by)], con]);
  }
  return out;
}

function greedyPath(inputs: Chars[], output: Chars, dims: Map<string, number>, memoryLimit: number): number[][] {
  if (inputs.length === 1) return [[0]];
  if (inputs.length === 2) return [[0, 1]];
  const all = findContraction(inputs.map((_, i) => i), inputs, output);
  const naiveCost = flopCount(all.contract, all.removed.size > 0, inputs.length, dims);
  let combos: Iterable<[number, number]> = pairs(inputs.length);
  let known: Candidate[] = [];
  let pathCost = 0;
  const path: number[][] = [];
  let sets = inputs;
  for (let iteration = 0; iteration < inputs.length - 1; iteration++) {
    for (const positions of combos) {
      if (intersect(sets[positions[0]], sets[positions[1]]).size === 0) continue;
      const r = possibleContraction(positions, sets, output, dims, memoryLimit, pathCost, naiveCost);
      if (r !== null) known.push(r);
    }
    if (known.length === 0) {
      for (const positions of pairs(sets.length)) {
        const r = possibleContraction(positions, sets, output, dims, memoryLimit, pathCost, naiveCost);
        if (r !== null) known.push(r);
      }
      if (known.length === 0) {
        path.push(sets.map((_, i) => i));
        break;
      }
    }
    const best = known.reduce((m, x) => (before(x, m) ? x : m));
    known = updateOthers(known, best);
    sets = best[2];
    const newPos = sets.length - 1;
    combos = Array.from({ length: newPos }, (_, i) => [i, newPos] as [number, number]);
    path.push(best[1]);
    pathCost += best[0][1];
  }
  return path;
}

/** NumPy's _parse_einsum_input: the subscripts, with ellipses spelled out, and the operands. */
function parseInput(args: unknown[]): { inputs: string; output: string; operands: NDArray[] } {
  if (args.length === 0) throw new ValueError("No input operands");
  let subscripts: string;
  let operands: NDArray[];
  if (typeof args[0] === "string") {
    subscripts = args[0].replace(/ /g, "");
    operands = args.slice(1).map((v) => asarray(v as ArrayLike));
    for (const s of subscripts) if (!".,->".includes(s) && !SYMBOLS.includes(s)) throw new ValueError(`Character ${s} is not a valid symbol.`);
  } else {
    const rest = args.slice();
    const ops: unknown[] = [], subs: unknown[][] = [];
    for (let p = 0; p < Math.floor(args.length / 2); p++) {
      ops.push(rest.shift());
      subs.push(rest.shift() as unknown[]);
    }
    const outList = rest.length ? (rest[rest.length - 1] as unknown[]) : null;
    operands = ops.map((v) => asarray(v as ArrayLike));
    const spell = (s: unknown) => {
      if (s === "...") return "...";
      if (typeof s !== "number" || !Number.isInteger(s)) throw new PyTypeError("For this input type lists must contain either int or Ellipsis");
      return SYMBOLS[s];
    };
    subscripts = subs.map((sub) => sub.map(spell).join("")).join(",");
    if (outList !== null) subscripts += "->" + outList.map(spell).join("");
  }
  if (subscripts.includes("-") || subscripts.includes(">")) {
    const invalid = subscripts.split("-").length - 1 > 1 || subscripts.split(">").length - 1 > 1;
    if (invalid || subscripts.split("->").length - 1 !== 1) throw new ValueError("Subscripts can only contain one '->'.");
  }
  if (subscripts.includes(".")) {
    const used = new Set(subscripts.replace(/[.,]|->/g, ""));
    // Python iterates a set of the unused letters; its order is CPython's, taken here as the letters' order
    const unused = [...SYMBOLS].filter((c) => !used.has(c)).join("");
    let longest = 0;
    const hasOut = subscripts.includes("->");
    const [inputTmp, outputSub] = hasOut ? subscripts.split("->") : [subscripts, ""];
    const split = inputTmp.split(",");
    split.forEach((sub, num) => {
      if (!sub.includes(".")) return;
      if (sub.split(".").length - 1 !== 3 || sub.split("...").length - 1 !== 1) throw new ValueError("Invalid Ellipses.");
      let count = operands[num].ndim === 0 ? 0 : Math.max(operands[num].ndim, 1) - (sub.length - 3);
      if (count > longest) longest = count;
      if (count < 0) throw new ValueError("Ellipses lengths do not match.");
      split[num] = count === 0 ? sub.replace("...", "") : sub.replace("...", unused.slice(-count));
    });
    subscripts = split.join(",");
    const outEllipse = longest === 0 ? "" : unused.slice(-longest);
    if (hasOut) subscripts += "->" + outputSub.replace("...", outEllipse);
    else {
      const tmp = subscripts.replace(/,/g, "");
      const once = [...new Set(tmp)].sort().filter((s) => tmp.split(s).length - 1 === 1).join("");
      subscripts += "->" + outEllipse + [...minus(new Set(once), new Set(outEllipse))].sort().join("");
    }
  }
  let inputs: string, output: string;
  if (subscripts.includes("->")) [inputs, output] = subscripts.split("->");
  else {
    inputs = subscripts;
    const tmp = subscripts.replace(/,/g, "");
    output = [...new Set(tmp)].sort().filter((s) => {
      if (!SYMBOLS.includes(s)) throw new ValueError(`Character ${s} is not a valid symbol.`);
      return tmp.split(s).length - 1 === 1;
    }).join("");
  }
  for (const c of output) if (!inputs.includes(c)) throw new ValueError(`Output character ${c} did not appear in the input`);
  if (inputs.split(",").length !== operands.length) throw new ValueError("Number of einsum subscripts must be equal to the number of operands.");
  return { inputs, output, operands };
}

/** How `optimize` reads: the strategy, an explicit path, and a memory limit. */
function readOptimize(optimize: unknown): { type: string | false; explicit: number[][] | null; memoryLimit: number | null } {
  let type: unknown = optimize === true ? "greedy" : optimize === null ? false : optimize;
  if (type === false || typeof type === "string") return { type: type as string | false, explicit: null, memoryLimit: null };
  const list = type as unknown[];
  if (Array.isArray(list) && list.length > 0 && list[0] === "einsum_path") return { type: "explicit", explicit: list.slice(1) as number[][], memoryLimit: null };
  if (Array.isArray(list) && list.length === 2 && typeof list[0] === "string" && typeof list[1] === "number") {
    return { type: list[0], explicit: null, memoryLimit: Math.trunc(list[1]) };
  }
  throw new PyTypeError(`Did not understand the path: ${Array.isArray(list) ? `[${list.map((v) => (typeof v === "string" ? `'${v}'` : String(v))).join(", ")}]` : String(list)}`);
}

/**
 * `numpy.einsum_path(*operands, optimize='greedy', einsum_call=False)`: `[path, report]`: the
 * contraction order (`["einsum_path", [i, j], ...]`, which np.einsum's `optimize` accepts) and
 * NumPy's printed report (naive and optimized scaling, FLOP counts, speedup, largest
 * intermediate, and one line per contraction). `optimize` is "greedy", "optimal", false, an
 * explicit path, or `[strategy, memory_limit]`. `einsum_call` (NumPy's internal hand-over to
 * np.einsum) is not supported. With "...", NumPy picks the spelled-out letters in its hash
 * order, which varies between Python runs; here they are the last unused letters.
 */
export function einsum_path(...operands: unknown[]): [(string | number[])[], string];
export function einsum_path(...args: unknown[]): [(string | number[])[], string] {
  const b = EINSUM_PATH.bind(args);
  const { type, explicit, memoryLimit } = readOptimize(b.optimize);
  const { inputs: inputSubscripts, output, operands } = parseInput(b.operands as unknown[]);
  const inputList = inputSubscripts.split(",");
  let inputSets: Chars[] = inputList.map((x) => new Set(x));
  const outputSet = new Set(output);
  const indices = new Set(inputSubscripts.replace(/,/g, ""));
  const dims = new Map<string, number>();
  inputList.forEach((term, t) => {
    const sh = operands[t].shape;
    if (sh.length !== term.length) {
      throw new ValueError(`Einstein sum subscript ${inputSubscripts[t]} does not contain the correct number of indices for operand ${t}.`);
    }
    [...term].forEach((c, k) => {
      const dim = sh[k];
      if (dims.has(c)) {
        if (dims.get(c) === 1) dims.set(c, dim);
        else if (dim !== 1 && dim !== dims.get(c)) {
          throw new ValueError(`Size of label '${c}' for operand ${t} (${dims.get(c)}) does not match previous terms (${dim}).`);
        }
      } else dims.set(c, dim);
    });
  });
  const maxSize = Math.max(...[...inputList, output].map((term) => sizeOf(term, dims)));
  const memoryArg = memoryLimit ?? maxSize;
  const inner = inputSets.reduce((s, x) => s + x.size, 0) - indices.size > 0;
  const naiveCost = flopCount(indices, inner, inputList.length, dims);
  let path: number[][];
  const sameSets = indices.size === outputSet.size && [...indices].every((c) => outputSet.has(c));
  if (explicit !== null) path = explicit.map((p) => [...p]);
  else if (type === false || inputList.length === 1 || inputList.length === 2 || sameSets) path = [inputList.map((_, i) => i)];
  else if (type === "greedy") path = greedyPath(inputSets, outputSet, dims, memoryArg);
  else if (type === "optimal") path = optimalPath(inputSets, outputSet, dims, memoryArg);
  else throw new KeyError(`('Path name %s not found', '${type}')`);
  const costs: number[] = [], scales: number[] = [], sizes: number[] = [];
  const lines: [number, string, string][] = [];
  const list = inputList.slice();
  path.forEach((inds, cnum) => {
    const contractInds = [...inds].sort((x, y) => y - x);
    const c = findContraction(contractInds, inputSets, outputSet);
    inputSets = c.remaining;
    costs.push(flopCount(c.contract, c.removed.size > 0, contractInds.length, dims));
    scales.push(c.contract.size);
    sizes.push(sizeOf(c.result, dims));
    const tmpInputs: string[] = [];
    for (const x of contractInds) {
      tmpInputs.push(list.splice(x, 1)[0]);
    }
    const result = cnum === path.length - 1 ? output
      : [...c.result].sort((x, y) => dims.get(x)! - dims.get(y)! || (x < y ? -1 : x > y ? 1 : 0)).join("");
    list.push(result);
    lines.push([c.contract.size, `${tmpInputs.join(",")}->${result}`, `${list.join(",")}->${output}`]);
  });
  const optCost = costs.reduce((s, x) => s + x, 0) + 1;
  if (list.length !== 1) throw new RuntimeError(`Invalid einsum_path is specified: ${list.length - 1} more operands has to be contracted.`);
  let report = `  Complete contraction:  ${inputSubscripts}->${output}\n`;
  report += `         Naive scaling:  ${indices.size}\n`;
  report += `     Optimized scaling:  ${Math.max(...scales)}\n`;
  report += `      Naive FLOP count:  ${pyFormat("%.3e", [naiveCost])}\n`;
  report += `  Optimized FLOP count:  ${pyFormat("%.3e", [optCost])}\n`;
  report += `   Theoretical speedup:  ${pyFormat("%3.3f", [naiveCost / optCost])}\n`;
  report += `  Largest intermediate:  ${pyFormat("%.3e", [Math.max(...sizes)])} elements\n`;
  report += "-".repeat(74) + "\n";
  report += `${"scaling".padStart(6)} ${"current".padStart(24)} ${"remaining".padStart(40)}\n`;
  report += "-".repeat(74);
  for (const [scale, current, remaining] of lines) report += `\n${String(scale).padStart(4)}    ${current.padStart(24)} ${remaining.padStart(40)}`;
  return [["einsum_path", ...path], report];
}

pyfunction(EINSUM_PATH, einsum_path);
