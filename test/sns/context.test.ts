/**
 * sns.plotting_context and sns.set_context against seaborn 0.12.2 (test/golden/sns_context/
 * context.json, written by scripts/golden/sns_context.py).
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { plt, sns } from "../../src";
import { loadGolden } from "../helpers/golden";

type Json = Record<string, any>;
const G = loadGolden<{ cases: { kwargs: Json; expected: Json }[]; current_default: Json; after_set: Json; rc_after: Json; error: string }>("sns_context/context");

test("plotting_context: each context, font_scale, rc and a record", () => {
  for (const c of G.cases) assert.equal(sns.plotting_context(c.kwargs), c.expected, JSON.stringify(c.kwargs));
});

test("plotting_context(): matplotlib's defaults, then what set_context wrote", () => {
  plt.rcdefaults();
  assert.equal(sns.plotting_context(), G.current_default);
  sns.set_context("poster", 0.5, { rc: { "grid.linewidth": 2 } });
  assert.equal(sns.plotting_context(), G.after_set);
  for (const k of Object.keys(G.rc_after)) assert.is(plt.rcParams[k], G.rc_after[k], k);
  plt.rcdefaults();
});

test("plotting_context: an unknown context is seaborn's ValueError", () => {
  assert.throws(() => sns.plotting_context("huge" as any), (e: Error) => e.name === "ValueError" && e.message === G.error);
});

test("set_context('talk') makes plt's lines and text 1.5 times the notebook's", () => {
  plt.rcdefaults();
  sns.set_context("talk");
  plt.close("all");
  const [line] = plt.plot([1, 2]);
  assert.is(line.get_linewidth(), 2.25);
  assert.is(plt.rcParams["font.size"], 18);
  plt.close("all");
  plt.rcdefaults();
});

test.run();
