/**
 * Differential fuzz: replays the random cases of scripts/golden/np_fuzz.py (NumPy's answers,
 * test/golden/np_fuzz/*.json.gz) through the public API and compares dtype, shape, values,
 * view-or-copy, the error's class and message, and the warnings. Every case must agree except
 * those listed, with the reason, in fuzz-differences.json; a listed case that agrees fails too,
 * so the list stays true. FUZZ_UPDATE=1 rewrites the list's case ids (reasons are kept),
 * FUZZ_SUMMARY=1 prints the counts, FUZZ_TABLE=1 the README rows, FUZZ_SHOW=<regexp> the
 * differences of the matching cases or categories.
 */
import { contiguousStorage } from "../../src/np/contiguous";
import { test } from "uvu";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { np } from "../../src";
import { GOLDEN_DIR } from "../helpers/golden";

type Value = number | "nan" | "inf" | "-inf";
interface ArraySpec {
  d: string;
  s: number[];
  v: Value[];
  L?: ["T"] | ["ix", string[]] | ["b", number[]];
}
interface PySpec {
  py: Value | boolean;
}
type Operand = ArraySpec | PySpec;
type IndexSpec = number | string | null | ArraySpec | { list: unknown[] };
interface Answer {
  d: string;
  s: number[];
  v: Value[];
  view?: 0 | 1;
  sc?: 1;
}
interface Case {
  id: string;
  f?: string;
  a?: ArraySpec;
  b?: Operand;
  o?: Record<string, unknown>;
  d?: string;
  i?: IndexSpec[];
  v?: Operand;
  args?: unknown[];
  arrs?: ArraySpec[];
  r?: Answer;
  e?: [string, string];
  w?: [string, string][];
  big?: 1;
}

const FUZZ_DIR = join(GOLDEN_DIR, "np_fuzz");
const DIFFERENCES = join(__dirname, "fuzz-differences.json");

interface Category {
  category: string;
  reason: string;
  /** When set, the listed cases must still agree in shape and values to this relative tolerance (dtype aside). */
  tolerance?: number;
  cases: string[];
}

function num(v: Value | boolean): number | boolean {
  if (v === "nan") return NaN;
  if (v === "inf") return Infinity;
  if (v === "-inf") return -Infinity;
  return v;
}

/** The base array and the array in its layout. */
function build(spec: ArraySpec): { arr: np.NDArray; base: np.NDArray } {
  const dt = np.dtype(spec.d as np.DTypeName);
  const data = new dt.storage(spec.v.length);
  for (let i = 0; i < spec.v.length; i++) data[i] = num(spec.v[i]) as number;
  const base = np.NDArray.fromStorage(data, spec.s, dt);
  const L = spec.L;
  if (L === undefined) return { arr: base, base };
  if (L[0] === "T") return { arr: base.T, base };
  if (L[0] === "ix") return { arr: base.get(...L[1]), base };
  return { arr: np.broadcast_to(base, L[1]), base };
}

function operand(spec: Operand): np.NDArray | number | boolean {
  return "py" in spec ? num(spec.py) : build(spec).arr;
}

function indexElement(el: IndexSpec): np.IndexElement {
  if (el === null || typeof el === "number" || typeof el === "string") return el;
  if ("list" in el) return el.list as np.NestedList;
  return build(el).arr;
}

const fns = np as unknown as Record<string, (...args: unknown[]) => unknown>;

/** Runs a case; returns the result and the arrays whose memory a view would share. */
function execute(c: Case): { result: unknown; inputs: np.NDArray[] } {
  switch (c.id.split(":")[0]) {
    case "bin": {
      const a = operand(c.a ?? (c as unknown as { a: Operand }).a);
      const b = operand(c.b!);
      return { result: fns[c.f!](a, b), inputs: [] };
    }
    case "un":
      return { result: fns[c.f!](build(c.a!).arr), inputs: [] };
    case "red": {
      const o = { ...c.o };
      return { result: fns[c.f!](build(c.a!).arr, o), inputs: [] };
    }
    case "cast": {
      const { arr, base } = build(c.a!);
      return { result: arr.astype(c.d as np.DTypeName), inputs: [arr, base] };
    }
    case "get": {
      const { arr, base } = build(c.a!);
      return { result: arr.get(...c.i!.map(indexElement)), inputs: [arr, base] };
    }
    case "set": {
      const { arr, base } = build(c.a!);
      arr.set(c.i!.map(indexElement), operand(c.v!) as np.ArrayLike);
      return { result: base, inputs: [] };
    }
    case "iop": {
      const { arr, base } = build(c.a!);
      (arr as unknown as Record<string, (b: unknown) => unknown>)[c.f!](operand(c.b!));
      return { result: base, inputs: [] };
    }
    case "shape": {
      if (c.arrs !== undefined) {
        const arrs = c.arrs.map((s) => build(s).arr);
        return { result: fns[c.f!](arrs, c.o), inputs: arrs };
      }
      const { arr, base } = build(c.a!);
      const args = (c.args ?? []).map((x) => (x === null ? undefined : x));
      return { result: fns[c.f!](arr, ...args), inputs: [arr, base] };
    }
    case "create": {
      const args = c.args!.map((x) => (Array.isArray(x) ? x.map((v) => num(v as Value)) : num(x as Value)));
      return { result: c.o === undefined ? fns[c.f!](...args) : fns[c.f!](...args, c.o), inputs: [] };
    }
    case "sel": {
      const [b, third] = [c.b, (c as unknown as { c: Operand | null }).c].map((x) => (x === null || x === undefined ? null : operand(x)));
      return { result: fns[c.f!](build(c.a!).arr, b, third), inputs: [] };
    }
  }
  throw new Error(`unknown case kind ${c.id}`);
}

function close(actual: number, expected: number, rel: number): boolean {
  if (Number.isNaN(expected)) return Number.isNaN(actual);
  if (!Number.isFinite(expected)) return actual === expected;
  return actual === expected || Math.abs(actual - expected) <= rel * Math.max(Math.abs(actual), Math.abs(expected));
}

/** Compares values in C order: integers exact, float64 to 1e-12 relative, float32 to 1e-6 (or `tolerance`). */
function sameValues(actual: ArrayLike<number>, r: Answer, tolerance?: number): string | null {
  if (actual.length !== r.v.length) return `${actual.length} values, expected ${r.v.length}`;
  const rel = tolerance ?? (r.d === "float64" ? 1e-12 : r.d === "float32" ? 1e-6 : 0);
  for (let i = 0; i < actual.length; i++) {
    const e = num(r.v[i]) as number;
    if (!close(Number(actual[i]), e, rel)) return `value [${i}] ${actual[i]}, expected ${e}`;
  }
  return null;
}

/** Why the outcome differs from NumPy's answer, or null when it agrees. */
function mismatch(
  c: Case, outcome: { result?: unknown; inputs?: np.NDArray[]; error?: Error }, warned: [string, string][], tolerance?: number,
): string | null {
  const expectedWarnings = JSON.stringify(c.w ?? []);
  const warnings = JSON.stringify(warned);
  if (c.e !== undefined) {
    if (outcome.error === undefined) return `no error, expected ${c.e[0]}: ${c.e[1]}`;
    if (outcome.error.name !== c.e[0] || outcome.error.message !== c.e[1]) {
      return `error ${outcome.error.name}: ${outcome.error.message}, expected ${c.e[0]}: ${c.e[1]}`;
    }
    return warnings === expectedWarnings ? null : `warnings ${warnings}, expected ${expectedWarnings}`;
  }
  if (outcome.error !== undefined) return `error ${outcome.error.name}: ${outcome.error.message}`;
  const r = c.r!;
  const res = outcome.result;
  let why: string | null = null;
  if (typeof res === "number" || typeof res === "boolean") {
    if (r.sc !== 1) why = `a number, expected an array ${r.d}${JSON.stringify(r.s)}`;
    else why = sameValues([Number(res)], r);
  } else if (res instanceof np.NDArray) {
    if (res.dtype.name !== r.d && tolerance === undefined) why = `dtype ${res.dtype.name}, expected ${r.d}`;
    else if (JSON.stringify(res.shape) !== JSON.stringify(r.s)) why = `shape ${JSON.stringify(res.shape)}, expected ${JSON.stringify(r.s)}`;
    else why = sameValues(contiguousStorage(res), r, tolerance);
    // an empty array shares no memory: NumPy reports no view for it
    if (why === null && r.view !== undefined && r.v.length > 0 && outcome.inputs!.length > 0) {
      const view = outcome.inputs!.some((x) => x.data === res.data);
      if (view !== (r.view === 1)) why = view ? "a view, expected a copy" : "a copy, expected a view";
    }
  } else {
    why = `returned ${typeof res}`;
  }
  if (why !== null) return why;
  return warnings === expectedWarnings ? null : `warnings ${warnings}, expected ${expectedWarnings}`;
}

/** Runs one case with warnings captured (`tolerance`: the relaxed check of a listed difference). */
function replay(c: Case, tolerance?: number): string | null {
  const warned: [string, string][] = [];
  const emit = process.emitWarning;
  process.emitWarning = ((warning: string | Error, options?: string | { type?: string }) => {
    const type = typeof options === "string" ? options : options?.type ?? "Warning";
    warned.push([type, typeof warning === "string" ? warning : warning.message]);
  }) as typeof process.emitWarning;
  let outcome: { result?: unknown; inputs?: np.NDArray[]; error?: Error };
  try {
    outcome = execute(c);
  } catch (e) {
    outcome = { error: e as Error };
  } finally {
    process.emitWarning = emit;
  }
  return mismatch(c, outcome, warned, tolerance);
}

function loadCases(): Case[] {
  const cases: Case[] = [];
  for (const file of readdirSync(FUZZ_DIR).filter((f) => f.endsWith(".json.gz")).sort()) {
    cases.push(...(JSON.parse(gunzipSync(readFileSync(join(FUZZ_DIR, file))).toString("utf8")) as Case[]));
  }
  return cases;
}

/** A new failure's category: the case kind and function, and what differs. */
function autoCategory(c: Case, why: string): string {
  if (c.big === 1) return "int64 and uint64 past 2**53";
  const kind = c.id.split(":")[0];
  const what = why.startsWith("warnings") ? "warnings" : why.split(/[ ,]/)[0];
  return `${kind}${c.f ? " " + c.f : ""}: ${what}`;
}

test("np fuzz: every case agrees with NumPy 1.24 except the listed differences", () => {
  const cases = loadCases();
  const listed: Category[] = JSON.parse(readFileSync(DIFFERENCES, "utf8"));
  const categoryOf = new Map<string, string>();
  const toleranceOf = new Map<string, number>();
  for (const cat of listed) {
    for (const id of cat.cases) {
      categoryOf.set(id, cat.category);
      if (cat.tolerance !== undefined) toleranceOf.set(id, cat.tolerance);
    }
  }
  const unexpected: string[] = [];
  const stale: string[] = [];
  const failing = new Map<string, string>();
  for (const c of cases) {
    const why = replay(c);
    if (why !== null) failing.set(c.id, why);
    if (why !== null && !categoryOf.has(c.id)) unexpected.push(`${c.id}: ${why}\n    ${JSON.stringify(c).slice(0, 400)}`);
    if (why === null && categoryOf.has(c.id)) stale.push(`${c.id} (listed as "${categoryOf.get(c.id)}") now agrees`);
    const tolerance = toleranceOf.get(c.id);
    if (why !== null && tolerance !== undefined) {
      const relaxed = replay(c, tolerance);
      if (relaxed !== null) unexpected.push(`${c.id}: beyond the listed difference: ${relaxed}`);
    }
  }
  if (process.env.FUZZ_SHOW) {
    const re = new RegExp(process.env.FUZZ_SHOW);
    for (const c of cases) {
      const why = failing.get(c.id);
      const cat = categoryOf.get(c.id) ?? "";
      if (why !== undefined && (re.test(cat) || re.test(c.id))) console.log(`${c.id}: ${why}\n    ${JSON.stringify(c).slice(0, 600)}`);
    }
  }
  if (process.env.FUZZ_UPDATE === "1") {
    const cats = new Map<string, Category>(listed.map((cat) => [cat.category, { ...cat, cases: [] }]));
    for (const c of cases) {
      const why = failing.get(c.id);
      if (why === undefined) continue;
      const name = categoryOf.get(c.id) ?? autoCategory(c, why);
      if (!cats.has(name)) cats.set(name, { category: name, reason: "TODO", cases: [] });
      cats.get(name)!.cases.push(c.id);
    }
    const kept = [...cats.values()].filter((cat) => cat.cases.length > 0);
    writeFileSync(DIFFERENCES, "[\n" + kept.map((cat) => "  " + JSON.stringify(cat)).join(",\n") + "\n]\n");
    return;
  }
  const agreeing = cases.length - failing.size;
  if (process.env.FUZZ_TABLE === "1") {
    // the README's "What differs" rows, quoted from the list
    for (const cat of listed) console.log(`| ${cat.category} (${cat.cases.length} of ${cases.length} fuzz cases) | ${cat.reason} |`);
  }
  if (process.env.FUZZ_SUMMARY === "1") {
    console.log(`np fuzz: ${cases.length} cases, ${agreeing} agree, ${failing.size} listed differences`);
    for (const cat of listed) console.log(`  ${cat.cases.length}\t${cat.category}`);
  }
  const lines = [...unexpected.slice(0, 30), ...stale.slice(0, 30)];
  if (lines.length > 0) {
    throw new Error(`${unexpected.length} unlisted differences, ${stale.length} listed cases now agree:\n${lines.join("\n")}`);
  }
});

test.run();
