/**
 * Runs NumPy's tutorial pages as a reader would, example by example, against what NumPy 1.24
 * printed for the same examples (test/golden/np_docs/pages.json, scripts/golden/np_docs.py).
 *
 * A test file ports one section: `page.py(source, fn)` runs the TypeScript form of the example
 * whose first Python line is `source` and compares what it shows with NumPy's output; the
 * examples must come in the page's order. `page.left_out(source, reason)` records an example
 * JavaScript cannot express; `page.done()` checks that every example of the section was taken.
 */
import { inspect } from "node:util";
import * as assert from "uvu/assert";
import { np } from "../../../src";
import { GoldenArray, assertAllClose, float64Digest, loadGolden } from "../../helpers/golden";

interface Assigned { repr: string; dtype?: string; shape?: number[]; digest?: string; values?: GoldenArray; imag?: GoldenArray }
export interface Example {
  source: string;
  want: string;
  output?: string;
  error?: string;
  assigned?: Assigned[];
  not_run?: string;
  extra?: boolean;
  dtype?: string;
  shape?: number[];
  digest?: string;
  text?: string;
}

const PAGES = loadGolden<Record<string, Example[]>>("np_docs/pages");

/** A Python tuple among the values an example shows (JS arrays show as Python lists). */
export class PyTuple {
  constructor(readonly items: readonly unknown[]) {}
}
export const tuple = (...items: unknown[]): PyTuple => new PyTuple(items);

/** Python's repr of a value an example shows. */
export function pyRepr(v: unknown): string {
  if (v instanceof np.NDArray) return inspect(v);
  if (v instanceof PyTuple) return v.items.length === 1 ? `(${pyRepr(v.items[0])},)` : `(${v.items.map(pyRepr).join(", ")})`;
  if (Array.isArray(v)) {
    if ((v as unknown[] & { [inspect.custom]?: unknown })[inspect.custom as any]) return inspect(v);
    return `[${v.map(pyRepr).join(", ")}]`;
  }
  if (typeof v === "boolean") return v ? "True" : "False";
  if (typeof v === "string") return `'${v}'`;
  if (v === null) return "None";
  return inspect(v);
}

/** Python's str of a value `print` writes. */
export function pyStr(v: unknown): string {
  if (v instanceof np.NDArray) return String(v);
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  return pyRepr(v);
}

let printed: string[] = [];
/** Python's print: what it writes becomes part of the example's output. */
export function print(...values: unknown[]): void {
  printed.push(values.map(pyStr).join(" "));
}

/** A number NumPy shows as Python's repr of a float or an int: the same value. */
function sameNumber(shown: string, value: number): boolean {
  const n = Number(shown.replace(/^np\.\w+\((.*)\)$/, "$1"));
  return !Number.isNaN(n) && n === value;
}

function compareShown(e: Example, value: unknown, text: string): void {
  if (typeof value === "number" && sameNumber(e.output ?? "", value) && printed.length === 0) return;
  assert.fixture(text, e.output ?? "", `output of ${e.source}`);
}

export class DocPage {
  private next: number;
  private readonly taken: { index: number; ported: boolean; reason?: string }[] = [];
  private readonly examples: Example[];

  /** The section of `page` that starts with the example whose first line is `first`. */
  constructor(readonly page: string, first: string, private readonly last: string) {
    this.examples = PAGES[page];
    this.next = this.find(first, 0);
  }

  private find(source: string, from: number): number {
    for (let i = from; i < this.examples.length; i++) if (firstLine(this.examples[i].source) === source) return i;
    throw new Error(`${this.page}: no example "${source}" after #${from}`);
  }

  private take(source: string): Example {
    const i = this.find(source, this.next);
    if (i !== this.next) throw new Error(`${this.page}: "${source}" (#${i}) comes after "${this.examples[this.next].source}" (#${this.next}), which is not ported`);
    this.next = i + 1;
    return this.examples[i];
  }

  /**
   * Runs the example: `fn` returns what the Python prompt shows (nothing for a statement) and
   * may call print(); for an assignment, it returns the values assigned (an array of them for
   * tuple unpacking), checked against what NumPy assigned.
   */
  py(source: string, fn: () => unknown): void {
    const e = this.take(source);
    this.taken.push({ index: this.next - 1, ported: true });
    if (e.not_run) throw new Error(`${source}: NumPy's run skipped it (${e.not_run})`);
    if (e.error) throw new Error(`${source}: raises in NumPy: use raises()`);
    printed = [];
    const value = fn();
    if (e.assigned) {
      const values = e.assigned.length === 1 ? [value] : (value as unknown[]);
      assert.is(values.length, e.assigned.length, `values assigned by ${source}`);
      e.assigned.forEach((want, k) => checkAssigned(source, want, values[k]));
      assert.fixture(printed.join("\n"), e.output ?? "", `output of ${source}`);
      return;
    }
    const shown = [...printed];
    if (value !== undefined) shown.push(pyRepr(value));
    compareShown(e, value, shown.join("\n"));
  }

  /** The example raises in NumPy: the same error class and message here. */
  raises(source: string, fn: () => unknown): void {
    const e = this.take(source);
    this.taken.push({ index: this.next - 1, ported: true });
    assert.ok(e.error, `${source} does not raise in NumPy`);
    let thrown: Error | undefined;
    try {
      fn();
    } catch (err) {
      thrown = err as Error;
    }
    assert.ok(thrown, `${source} should raise ${e.error}`);
    const [, message] = /^\w+: (.*)$/s.exec(e.error!)!;
    assert.is(thrown!.message, message, `message of ${source}`);
  }

  /** The example has no TypeScript form (`reason`), or the page's NumPy output is not reproducible. */
  left_out(source: string, reason: string): void {
    const e = this.take(source);
    this.taken.push({ index: this.next - 1, ported: false, reason: e.not_run ?? reason });
  }

  /** A result only a plot shows (fixture entries marked `extra`), checked against NumPy's. */
  extra(source: string): Example {
    const e = this.examples.find((x) => x.extra && x.source === source);
    if (!e) throw new Error(`${this.page}: no extra "${source}"`);
    return e;
  }

  /** Every example of the section was ported or left out with a reason. */
  done(): void {
    if (process.env.NP_DOCS_SUMMARY) console.log(JSON.stringify({ page: this.page, ...this.summary() }));
    assert.is(firstLine(this.examples[this.next - 1].source), this.last, `${this.page}: the section ends with "${this.last}"`);
  }

  /** [ported, left out] counts and the reasons, for the section. */
  summary(): { ported: number; left_out: { source: string; reason: string }[] } {
    const left = this.taken.filter((t) => !t.ported).map((t) => ({ source: firstLine(this.examples[t.index].source), reason: t.reason! }));
    return { ported: this.taken.length - left.length, left_out: left };
  }
}

function firstLine(source: string): string {
  return source.split("\n")[0];
}

/** An assigned value against NumPy's: its repr, and its digest when NumPy's repr is summarised. */
export function checkAssigned(source: string, want: Assigned, value: unknown): void {
  if (value instanceof np.NDArray) {
    assert.fixture(inspect(value), want.repr, `value assigned by ${source}`);
    assert.is(value.dtype.name, want.dtype, `dtype assigned by ${source}`);
    if (want.digest) assert.is(arrayDigest(value), want.digest, `values assigned by ${source}`);
    if (want.values) {
      const re = value.dtype.kind === "c" ? value.real : value;
      assertAllClose(re.astype("float64").ravel().tolist() as number[], want.values.data, 1e-12, 0, `values assigned by ${source}`);
      if (want.imag) assertAllClose(value.imag.ravel().tolist() as number[], want.imag.data, 1e-12, 0, `imaginary parts assigned by ${source}`);
    }
    return;
  }
  if (typeof value === "number") {
    assert.ok(sameNumber(want.repr, value), `${source}: assigned ${value}, NumPy ${want.repr}`);
    return;
  }
  assert.fixture(pyRepr(value), want.repr, `value assigned by ${source}`);
}

/** The digest of an array as golden_io.digest computes it. */
export function arrayDigest(a: np.NDArray): string {
  return float64Digest(a.astype("float64").ravel().tolist() as number[]);
}
