/** Line2D.set_linestyle on ax.lines: the new style is read back and drawn; bad styles get matplotlib's message. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { plt } from "../../src";
import { ValueError } from "../../src/errors";

test.after.each(() => plt.close("all"));

test("set_linestyle changes what get_linestyle reads and the spec draws", () => {
  const [fig, ax] = plt.subplots();
  ax.plot([1, 2, 3], [3, 1, 2], { linewidth: 2 });
  const line = ax.lines[0];
  assert.is(line.get_linestyle(), "-");
  for (const [given, code] of [[":", ":"], ["dashed", "--"], ["-.", "-."], ["None", "None"], ["solid", "-"]]) {
    line.set_linestyle(given);
    assert.is(line.get_linestyle(), code);
  }
  assert.not.ok(JSON.stringify(fig.toSpec()).includes("strokeDash"), "a solid line has no dashes");
  line.set_linestyle(":");
  assert.ok(JSON.stringify(fig.toSpec()).includes("strokeDash"), "a dotted line is drawn dashed");
});

test("an unknown style is refused with matplotlib's message and changes nothing", () => {
  const [, ax] = plt.subplots();
  ax.plot([1, 2], [1, 2], "--");
  const line = ax.lines[0];
  assert.throws(() => line.set_linestyle("~"), (e: Error) => e instanceof ValueError && e.message === "'~' is not a valid value for ls; supported values are '-', '--', '-.', ':', 'None', ' ', '', 'solid', 'dashed', 'dashdot', 'dotted'");
  assert.is(line.get_linestyle(), "--");
});

test.run();
