/**
 * twinx / twiny against Debian's matplotlib (scripts/golden/plt_twins.py): shared limits over
 * both axes' data, the twin's own limits and property cycle, the figure's axes count and the
 * side the twin's axis is drawn on.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { plt } from "../../src";
import type { LineArtist } from "../../src/plt/artists";
import { loadGolden } from "../helpers/golden";

type Json = Record<string, any>;

function near(a: number[], b: number[]): void {
  a.forEach((v, k) => assert.ok(Math.abs(v - b[k]) < 1e-12, `${a} vs ${b}`));
}

for (const c of loadGolden<Json[]>("plt_layout/twins")) {
  test(c.label, () => {
    plt.close("all");
    const [fig, ax] = plt.subplots();
    ax.plot(c.x1, c.y1);
    const tw = c.method === "twinx" ? ax.twinx() : ax.twiny();
    tw.plot(c.x2, c.y2);
    tw.plot(c.x2, c.y1);
    const e = c.expected;
    near(ax.get_xlim(), e.ax[0]);
    near(ax.get_ylim(), e.ax[1]);
    near(tw.get_xlim(), e.twin[0]);
    near(tw.get_ylim(), e.twin[1]);
    assert.is(fig.axes.length, e.naxes);
    assert.equal(tw.artists.map((a) => (a as LineArtist).color), e.colors);
    // one view: the host's layers, then the twin's, its own axis on the other side
    const spec = fig.toSpec() as Json;
    assert.is(spec.layer.length, 2);
    const other = c.method === "twinx" ? "y" : "x";
    assert.is(spec.resolve.scale[other], "independent");
    const twinAxis = spec.layer[1].layer[0].encoding[other].axis;
    assert.is(twinAxis.orient, c.method === "twinx" ? e.yticks_position : e.xticks_position);
    // set_xlim on either twin of twinx sets both
    if (c.method === "twinx") {
      tw.set_xlim(0, 2);
      assert.equal(ax.get_xlim(), [0, 2]);
    }
    plt.close("all");
  });
}

test("pyplot's twinx / twiny twin the current or the given axes", () => {
  plt.close("all");
  const [, ax] = plt.subplots();
  const t1 = plt.twinx();
  assert.is(plt.twinx(ax)._twin?.host, ax);
  const t2 = plt.twiny(ax);
  assert.is(t1._twin?.host, ax);
  assert.equal([t1._twin?.shared, t2._twin?.shared], ["x", "y"]);
  plt.close("all");
});

test("a twin's legend lists the host's line: handles as plot returns them or as ax.lines holds them", () => {
  plt.close("all");
  const [, ax1] = plt.subplots() as any;
  const [l1] = ax1.plot([0, 1], [0, 1]);
  const ax2 = ax1.twinx();
  ax2.plot([0, 1], [5, 3], "C1");
  ax2.legend([l1, ax2.lines[0]], ["Sine (left)", "Straight (right)"]);
  assert.equal(ax2.get_legend().get_texts().map((t: any) => t.get_text()), ["Sine (left)", "Straight (right)"]);
  const spec = JSON.stringify(plt.gcf().toSpec());
  // the entries keep each line's colour: C0 for the host's, C1 for the twin's
  assert.ok(spec.includes('"range":["#1f77b4","#ff7f0e"]'));
  ax2.legend([ax1.lines[0]], ["host only"]);
  assert.equal(ax2.get_legend().get_texts().map((t: any) => t.get_text()), ["host only"]);
  plt.close("all");
});

test.run();
