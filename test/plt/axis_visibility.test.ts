/** set_axis_off / set_axis_on / axison: the same figure as axis("off") / axis("on"), as in matplotlib. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np, plt } from "../../src";

function specAfter(hide: (ax: ReturnType<typeof plt.gca>) => void): string {
  plt.close("all");
  const [fig, ax] = plt.subplots();
  ax.imshow(np.arange(12).reshape(3, 4));
  hide(ax);
  const spec = JSON.stringify(fig.toSpec());
  plt.close("all");
  return spec;
}

test("set_axis_off draws what axis('off') draws; axison reads False then True (matplotlib 3.6)", () => {
  const [, ax] = plt.subplots();
  assert.is(ax.axison, true);
  ax.set_axis_off();
  assert.is(ax.axison, false);
  ax.set_axis_on();
  assert.is(ax.axison, true);
  plt.close("all");
  assert.is(specAfter((a) => a.set_axis_off()), specAfter((a) => a.axis("off")));
  assert.is(specAfter((a) => (a.set_axis_off(), a.set_axis_on())), specAfter((a) => a.axis("on")));
  assert.is.not(specAfter((a) => a.set_axis_off()), specAfter((a) => a.axis("on")));
});

test("set_axis_off takes no arguments: a TypeError naming the call", () => {
  const [, ax] = plt.subplots();
  assert.throws(() => (ax.set_axis_off as (x: number) => void)(1), /set_axis_off\(\) takes 0 positional arguments but 1 was given/);
  plt.close("all");
});

test.run();
