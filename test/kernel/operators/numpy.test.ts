/**
 * Python's operators in cells against NumPy: every binary operator with an array on either
 * side (the other an array, a number, a float literal, a bool or a list), the unary operators,
 * compound assignment with NumPy's casting rules, precedence, float literals, views, functions,
 * arrow functions, loops and classes; results, dtypes and the errors NumPy raises.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { NDArray } from "../../../src/np";
import { loadGolden, GoldenArray } from "../../helpers/golden";
import { runCell } from "./run-cell";

interface Case {
  py: string;
  ts?: string;
  last?: string;
  value?: GoldenArray | number | boolean;
  dtype?: string;
  error?: string;
  message?: string;
}

const golden = loadGolden<{ setup: Record<string, string>; cases: Case[] }>("operators/operators");
const setup = Object.entries(golden.setup)
  .map(([name, src]) => `const ${name} = ${pythonToTs(src).replace(/dtype=np\.(\w+)/, '{ dtype: "$1" }')};`)
  .join("\n");

/** Python's True / False as TypeScript's. */
function pythonToTs(src: string): string {
  return src.replace(/\bTrue\b/g, "true").replace(/\bFalse\b/g, "false");
}

/** The case's TypeScript: the Python text where both languages read alike. */
function tsCode(c: Case): string {
  const body = c.ts ?? pythonToTs(c.py).replace(/^t = (\w+)\.copy\(\)$/m, "let t = $1.copy();");
  return c.last === undefined ? `export const result = (${body});` : `${body}\nexport const result = ${c.last};`;
}

function sameFloat(a: number, b: number): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a === b;
  return Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b)) || Math.abs(a - b) < 1e-300;
}

/** What differs between the cell's outcome and NumPy's, or null. */
function compare(c: Case): string | null {
  let result: unknown;
  try {
    result = runCell(`${setup}\n${tsCode(c)}`).result;
  } catch (e) {
    const err = e as Error;
    if (c.error === undefined) return `threw ${err.name}: ${err.message}`;
    if (err.name !== c.error) return `threw ${err.name} (${err.message}), NumPy ${c.error} (${c.message})`;
    return null;
  }
  if (c.error !== undefined) return `gave ${String(result)}, NumPy raised ${c.error}: ${c.message}`;
  const want = c.value as GoldenArray;
  if (!(result instanceof NDArray)) return `gave ${String(result)}, not an array`;
  if (result.dtype.name !== want.dtype) return `dtype ${result.dtype.name}, NumPy ${want.dtype}`;
  if (result.shape.join() !== want.shape.join()) return `shape (${result.shape}), NumPy (${want.shape})`;
  const got = (result.flatten().tolist() as (number | boolean)[]).map(Number);
  const bad = got.findIndex((v, k) => !sameFloat(v, want.data[k]));
  return bad < 0 ? null : `element ${bad}: ${got[bad]}, NumPy ${want.data[bad]}`;
}

function check(cases: Case[]): string[] {
  const failures: string[] = [];
  for (const c of cases) {
    const diff = compare(c);
    if (diff !== null) failures.push(`${JSON.stringify(c.py)}: ${diff}`);
  }
  return failures;
}

const isBinary = (c: Case) => c.last === undefined && /^\S+ \S+ \S+$/.test(c.py) && !c.py.startsWith("np.");
const isUnary = (c: Case) => /^[-+~][a-z]$/.test(c.py);
const groups: [string, (c: Case) => boolean][] = [
  ["binary operators, an array on either side", isBinary],
  ["unary - + ~", isUnary],
  ["precedence, chaining and float literals", (c) => c.last === undefined && !isBinary(c) && !isUnary(c)],
  ["compound assignment in place, NumPy's casting", (c) => c.last === "t"],
  ["views, functions, arrow functions, loops and classes", (c) => c.ts !== undefined],
];

for (const [name, pick] of groups) {
  const cases = golden.cases.filter(pick);
  test(`${name} (${cases.length} cases)`, () => {
    assert.ok(cases.length > 0);
    const failures = check(cases);
    assert.equal(failures.slice(0, 12), [], `${failures.length} of ${cases.length} differ`);
  });
}

test("every fixture case belongs to a group", () => {
  const grouped = golden.cases.filter((c) => groups.some(([, pick]) => pick(c)));
  assert.is(grouped.length, golden.cases.length);
});

test.run();
