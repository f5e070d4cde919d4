/**
 * Replays the bad calls of a fixture written by scripts/golden/*_bad_input.py: each case names
 * the exception class and message Python raised for the same call, or the value it returned.
 */
import * as assert from "uvu/assert";
import { NDArray } from "../../src/np/ndarray";
import { contiguousStorage } from "../../src/np/contiguous";
import { GoldenArray, assertAllClose, loadGolden } from "../helpers/golden";

export interface Outcome {
  error?: string;
  message?: string;
  returned?: string;
  value?: GoldenArray;
}

export interface ReplayOptions {
  /** Cases whose message is the decoder's own words: only the exception class is compared. */
  classOnly?: readonly string[];
  /** Path substitutions in Python's messages (e.g. "<tmp>" to this run's folder). */
  paths?: Readonly<Record<string, string>>;
}

/** The fixture's cases, by name. */
export function badInputCases(name: string): Record<string, Outcome> {
  return (loadGolden(name) as { cases: Record<string, Outcome> }).cases;
}

/**
 * Asserts that `fn` does what Python did: the same exception class with Python's message (or
 * Python's message followed by more detail), or the same value (floats to 1e-6).
 */
export function expectOutcome(what: string, fn: () => unknown, expected: Outcome, options: ReplayOptions = {}): void {
  let thrown: Error | null = null;
  let value: unknown;
  try {
    value = fn();
  } catch (e) {
    thrown = e as Error;
  }
  if (expected.error === undefined) {
    if (thrown !== null) assert.unreachable(`${what}: Python returned, this threw ${thrown.name}: ${thrown.message}`);
    if (expected.value !== undefined) expectValue(what, value, expected.value);
    return;
  }
  if (thrown === null) assert.unreachable(`${what}: no ${expected.error}: ${expected.message}`);
  assert.is(thrown!.name, expected.error, `${what}: class (message: ${thrown!.message})`);
  if (options.classOnly?.includes(what)) return;
  let message = expected.message ?? "";
  for (const [from, to] of Object.entries(options.paths ?? {})) message = message.split(from).join(to);
  if (thrown!.message !== message && !(message.length > 0 && thrown!.message.startsWith(message))) {
    assert.is(thrown!.message, message, `${what}: message`);
  }
}

function expectValue(what: string, value: unknown, expected: GoldenArray): void {
  if (value instanceof NDArray) {
    assert.equal(value.shape.slice(), expected.shape, `${what}: shape`);
    assert.is(value.dtype.name, expected.dtype, `${what}: dtype`);
    assertAllClose(contiguousStorage(value), expected.data, 1e-6, 1e-12, what);
  } else {
    assertAllClose([value as number], expected.data, 1e-6, 1e-12, what);
  }
}

/**
 * Runs every case of `calls` against the fixture, and checks that the fixture has no case
 * without a call (so a new Python case cannot go unreplayed).
 */
export function replayBadInput(fixture: string, calls: Record<string, () => unknown>, options: ReplayOptions = {}): number {
  const cases = badInputCases(fixture);
  assert.equal(Object.keys(calls).sort(), Object.keys(cases).sort(), `${fixture}: the same cases`);
  // every case runs: the failure lists all that disagree
  const failures: string[] = [];
  for (const [name, fn] of Object.entries(calls)) {
    try {
      expectOutcome(name, fn, cases[name], options);
    } catch (e) {
      const err = e as Error & { expects?: unknown; actual?: unknown };
      failures.push(err.expects !== undefined ? `${err.message}: got ${JSON.stringify(err.actual)}, expected ${JSON.stringify(err.expects)}` : err.message);
    }
  }
  assert.equal(failures, [], `${fixture}: cases that differ from Python`);
  return Object.keys(calls).length;
}
