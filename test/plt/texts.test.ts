/**
 * text and annotate against matplotlib: each case of test/golden/plt/texts.json
 * (scripts/golden/plt_texts.py, Debian's matplotlib) replays its calls and compares ax.texts'
 * string, position, color, size, weight, alignment, rotation, alpha, zorder, an annotation's
 * xy / xytext and arrow colors and width, the limits (texts do not autoscale), or the error.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { plt } from "../../src";
import type { Axes } from "../../src/plt";
import { zorderOf, type TextArtist } from "../../src/plt/artists";
import { cssRgba, near } from "./model";
import { testCases } from "./replay";

type Json = Record<string, any>;



testCases("plt/texts", (ax, _fig, e, label) => {
  near(ax.get_xlim(), e.xlim, 1e-12, `${label} xlim`);
  near(ax.get_ylim(), e.ylim, 1e-12, `${label} ylim`);
  const texts = ax.artists.filter((a): a is TextArtist => a.kind === "text");
  assert.is(texts.length, e.texts.length, `${label} texts`);
  texts.forEach((t, i) => {
    const q = e.texts[i];
    assert.is(t.text, q.s);
    near([t.x, t.y], q.pos, 1e-12, `${label} position`);
    near(cssRgba(t.color, undefined), q.color, 0.002, `${label} color`);
    assert.is(t.fontsize ?? 10 * (t.fontscale ?? 1), q.size, `${label} size`);
    assert.is(t.fontweight ?? "normal", q.weight, `${label} weight`);
    assert.is(t.ha, q.ha, `${label} ha`);
    assert.is(t.va, q.va, `${label} va`);
    assert.is(t.rotation, q.rotation, `${label} rotation`);
    assert.is(t.alpha ?? null, q.alpha, `${label} alpha`);
    assert.is(zorderOf(t), q.z, `${label} zorder`);
    if (q.xy === undefined) return;
    near(t.xy!, q.xy, 1e-12, `${label} xy`);
    if (q.arrow === null) {
      assert.is(t.arrow, undefined, `${label} no arrow`);
      return;
    }
    const a = t.arrow!;
    near(cssRgba(a.edgecolor, undefined), q.arrow.ec, 0.002, `${label} arrow edge`);
    near(cssRgba(a.facecolor, undefined), q.arrow.fc, 0.002, `${label} arrow face`);
    assert.is(a.linewidth, q.arrow.lw, `${label} arrow lw`);
  });
  plt.close("all");
});

test("annotate's arrow: shrink shortens both ends; the head points at xy on screen; texts are text marks", () => {
  plt.close("all");
  const [fig, ax] = plt.subplots();
  ax.plot([0, 4], [0, 4]);
  // the pyplot tutorial's call
  const ann = ax.annotate("local max", [2, 2], [3, 1], { arrowprops: { facecolor: "black", shrink: 0.05, width: 2, headwidth: 8 } });
  // matplotlib shrinks the arrow by shrink x its length at each end: 5% of (2,2)-(3,1)
  near([ann.arrow!.x0, ann.arrow!.y0, ann.arrow!.x1, ann.arrow!.y1], [2.95, 1.05, 2.05, 1.95], 1e-12, "shrunk arrow");
  assert.is(ann.arrow!.width, 2);
  assert.is(ann.arrow!.headwidth, 8);
  plt.text(0.5, 3, "plain", { fontdict: { fontsize: 16, color: "r" }, color: "b" });
  const spec = fig.toSpec() as Json;
  const marks = (spec.layer as Json[]).map((l) => l.mark?.type);
  assert.equal(marks.slice(1, 5), ["rule", "point", "text", "text"]);
  const head = spec.layer[2].mark;
  // pointing up-left on screen (from (3,1) to (2,2) in a wider-than-tall box): between 180 and 270 degrees clockwise
  assert.ok(head.angle > 180 && head.angle < 270, `head angle ${head.angle}`);
  const plain = spec.layer[4].mark;
  // keywords win over fontdict, as in matplotlib's text(fontdict=..., **kwargs)
  assert.is(plain.color, "#0000ff");
  assert.ok(Math.abs(plain.fontSize - (16 * 100) / 72) < 1e-9);
  assert.is(plain.baseline, "alphabetic");
  assert.throws(() => ax.annotate("x", [0, 0], { xycoords: "axes fraction" } as never), (e: Error) => e.name === "NotImplementedError");
  assert.throws(() => ax.annotate("x", [0, 0], { arrowprops: { connectionstyle: "arc3" } as never }), (e: Error) => e.name === "NotImplementedError");
  plt.close("all");
});

test.run();
