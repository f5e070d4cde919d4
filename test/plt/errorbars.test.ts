/**
 * errorbar and stem against matplotlib: each case of test/golden/plt/errorbars.json
 * (scripts/golden/plt_errorbars.py, Debian's matplotlib) replays its calls and compares the data
 * line and caps (ax.lines), the bars (ax.collections), the limits, or the error.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { plt } from "../../src";
import type { Axes } from "../../src/plt";
import { zorderOf, type LineArtist, type SegmentsArtist } from "../../src/plt/artists";
import { dashArray } from "../../src/plt/fmt";
import { cssRgba, near } from "./model";
import { testCases } from "./replay";

type Json = Record<string, any>;

const LS: Record<string, string> = { solid: "-", dashed: "--", dotted: ":", dashdot: "-.", none: "None" };


testCases("plt/errorbars", (ax, _fig, e, label) => {
  near(ax.get_xlim(), e.xlim, 1e-12, `${label} xlim`);
  near(ax.get_ylim(), e.ylim, 1e-12, `${label} ylim`);
  const lines = ax.artists.filter((a): a is LineArtist => a.kind === "line");
  assert.is(lines.length, e.lines.length, `${label} lines`);
  lines.forEach((a, i) => {
    const q = e.lines[i];
    near(Array.from(a.x), q.x, 1e-12, `${label} line ${i} x`);
    near(Array.from(a.y), q.y, 1e-12, `${label} line ${i} y`);
    assert.is(a.marker ?? "None", q.marker, `${label} line ${i} marker`);
    if (a.marker !== undefined) {
      assert.is(a.markersize, q.ms, `${label} line ${i} ms`);
      assert.is(a.markeredgewidth ?? 1, q.mew, `${label} line ${i} mew`);
      near(cssRgba(a.markerfacecolor ?? a.color, undefined), q.mfc, 0.002, `${label} line ${i} mfc`);
      near(cssRgba(a.markeredgecolor ?? a.color, undefined), q.mec, 0.002, `${label} line ${i} mec`);
    }
    near(cssRgba(a.color, undefined), q.color, 0.002, `${label} line ${i} color`);
    assert.is(zorderOf(a), q.z, `${label} line ${i} zorder`);
    assert.is(LS[a.linestyle], q.ls, `${label} line ${i} ls`);
    assert.is(a.linewidth, q.lw, `${label} line ${i} lw`);
    assert.is(a.alpha ?? null, q.alpha, `${label} line ${i} alpha`);
  });
  const bars = ax.artists.filter((a): a is SegmentsArtist => a.kind === "segments");
  assert.is(bars.length, e.bars.length, `${label} bars`);
  bars.forEach((a, i) => {
    const q = e.bars[i];
    const segs = Array.from(a.value, (v, k) => (a.orient === "h" ? [[a.lo[k], v], [a.hi[k], v]] : [[v, a.lo[k]], [v, a.hi[k]]]));
    near(segs.flat(2), q.segments.flat(2), 1e-12, `${label} bars ${i}`);
    near(cssRgba(a.color as string, a.alpha), q.colors[0], 0.002, `${label} bars ${i} color`);
    assert.is(a.linewidth, q.lw, `${label} bars ${i} lw`);
    assert.is(zorderOf(a), q.z, `${label} bars ${i} zorder`);
    assert.is(a.alpha ?? null, q.alpha, `${label} bars ${i} alpha`);
    const dash = dashArray(a.linestyle, a.linewidth);
    if (q.dashes === null) assert.is(dash, undefined, `${label} bars ${i} solid`);
    else near(dash!, q.dashes, 1e-12, `${label} bars ${i} dashes`);
  });
  plt.close("all");
});

test("pyplot's errorbar returns [data_line, caplines, barlinecols] and draws rules and caps", () => {
  plt.close("all");
  const [line, caps, bars] = plt.errorbar([1, 2], [1, 2], { yerr: 0.5, capsize: 3, label: "m" });
  assert.is(line!.get_label(), "m");
  assert.is(caps.length, 2);
  assert.is(bars.length, 1);
  const spec = plt.gcf().toSpec() as Json;
  const marks = (spec.layer as Json[]).map((l) => l.mark?.type);
  // zorder: bars and caps (2) under the data line (2.1); the two cap lines share one marker layer
  assert.equal(marks.slice(0, 3), ["rule", "point", "line"]);
  plt.close("all");
});

test.run();
