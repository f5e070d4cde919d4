/**
 * Fixture cases that replay matplotlib calls on a fresh Axes (scripts/golden/plt_*.py wrote
 * what Debian's matplotlib did with the same calls): one test per case.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { plt } from "../../src";
import type { Axes, Figure } from "../../src/plt";
import { loadGolden } from "../helpers/golden";

type Json = Record<string, any>;

/** One case: Axes method calls (name, positional arguments, keywords) and what matplotlib gave. */
export interface ReplayCase {
  label: string;
  calls: [string, unknown[], Json][];
  expected: Json;
}

/** Calls each method on `ax` (`plt.name` on pyplot), keywords as the trailing options object. */
export function replay(ax: Axes, calls: ReplayCase["calls"]): void {
  for (const [name, args, kwargs] of calls) {
    const call = [...args];
    if (Object.keys(kwargs).length > 0) call.push(kwargs);
    const target: any = name.startsWith("plt.") ? plt : ax;
    target[name.split(".").pop()!](...call);
  }
}

/**
 * Registers a test per case of test/golden/<name>.json. A case that expects an error checks
 * matplotlib's exception class and message (surrounding space aside); the others run `check`
 * on the Axes after the calls.
 */
export function testCases(name: string, check: (ax: Axes, fig: Figure, expected: Json, label: string) => void): void {
  for (const c of loadGolden<ReplayCase[]>(name)) {
    test(c.label, () => {
      plt.close("all");
      const [fig, ax] = plt.subplots();
      const e = c.expected;
      if (e.error !== undefined) {
        try {
          replay(ax, c.calls);
        } catch (err) {
          assert.is((err as Error).name, e.error, c.label);
          assert.is((err as Error).message.trim(), String(e.message).trim(), c.label);
          return;
        } finally {
          plt.close("all");
        }
        assert.unreachable(`${c.label}: no ${e.error}`);
      }
      replay(ax, c.calls);
      check(ax, fig as Figure, e, c.label);
    });
  }
}
