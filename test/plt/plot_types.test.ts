/**
 * hist2d, broken_barh, spy and bar_label against matplotlib: the cases of
 * test/golden/plt/plot_types.json (scripts/golden/plt_plot_types.py, Debian's matplotlib).
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { plt } from "../../src";
import { runCases } from "./api_replay";

runCases("plt/plot_types");

test("eventplot draws each sequence as rules from offset - length / 2 to offset + length / 2", () => {
  plt.close("all");
  const [fig, ax] = plt.subplots();
  ax.eventplot([[1, 2], [3]], { colors: ["#ff0000", "#0000ff"], linelengths: 0.5 });
  const rules = JSON.stringify(fig.toSpec()).match(/"type":"rule"/g) ?? [];
  assert.is(rules.length, 2);
  const spec = JSON.stringify(fig.toSpec());
  for (const v of ['"x":1,"y":0.25,"y2":-0.25', '"x":3,"y":1.25,"y2":0.75']) assert.ok(spec.includes(v), v);
  plt.close("all");
});

test.run();
