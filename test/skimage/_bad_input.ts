/**
 * Replays the bad calls of a fixture written by scripts/golden/*_bad_input.py: each case names
 * the exception class and message Python raised for the same call.
 */
import * as assert from "uvu/assert";
import { loadGolden } from "../helpers/golden";

export interface Outcome {
  error?: string;
  message?: string;
  returned?: string;
}

/** The fixture's cases, by name. */
export function badInputCases(name: string): Record<string, Outcome> {
  return (loadGolden(name) as { cases: Record<string, Outcome> }).cases;
}

/** Asserts that `fn` throws Python's exception class with Python's message. */
export function expectOutcome(what: string, fn: () => unknown, expected: Outcome): void {
  if (expected.error === undefined) throw new Error(`${what}: the fixture expects no error`);
  let thrown: Error | null = null;
  try {
    fn();
  } catch (e) {
    thrown = e as Error;
  }
  if (thrown === null) assert.unreachable(`${what}: no ${expected.error}: ${expected.message}`);
  assert.is(`${thrown!.name}: ${thrown!.message}`, `${expected.error}: ${expected.message}`, what);
}

/**
 * Runs every case of `calls` against the fixture, and checks that the fixture has no case
 * without a call (so a new Python case cannot go unreplayed).
 */
export function replayBadInput(fixture: string, calls: Record<string, () => unknown>): number {
  const cases = badInputCases(fixture);
  assert.equal(Object.keys(calls).sort(), Object.keys(cases).sort(), `${fixture}: the same cases`);
  for (const [name, fn] of Object.entries(calls)) expectOutcome(name, fn, cases[name]);
  return Object.keys(calls).length;
}
