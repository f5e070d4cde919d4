/**
 * invert_xaxis / invert_yaxis, margins and set_aspect against matplotlib: each case of
 * test/golden/plt/axes_view.json (scripts/golden/plt_axes_view.py, Debian's matplotlib) replays
 * its calls and compares the limits (as drawn, for adjustable='datalim'), margins, inversion,
 * aspect / adjustable and the drawn axes box in px, or the error.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { testCases } from "./replay";
import { plt } from "../../src";
import type { Axes } from "../../src/plt";
import { near } from "./model";

type Json = Record<string, any>;



testCases("plt/axes_view", (ax, fig, e, label) => {
  const spec = fig.toSpec() as Json;
  if (e.adjustable === "datalim") {
    // the limits give way when the figure is drawn (plt's box is whole px: 496x370 for 496x369.6)
    near(spec.layer[0].encoding.x.scale.domain, e.xlim.slice().sort((p: number, q: number) => p - q), 5e-3, `${label} drawn xlim`);
    near(spec.layer[0].encoding.y.scale.domain, e.ylim.slice().sort((p: number, q: number) => p - q), 5e-3, `${label} drawn ylim`);
  } else {
    near(ax.get_xlim(), e.xlim, 1e-12, `${label} xlim`);
    near(ax.get_ylim(), e.ylim, 1e-12, `${label} ylim`);
  }
  near(ax.margins() as [number, number], e.margins, 1e-12, `${label} margins`);
  assert.is(ax.xaxis_inverted(), e.xinv, `${label} xaxis_inverted`);
  assert.is(ax.yaxis_inverted(), e.yinv, `${label} yaxis_inverted`);
  assert.is(spec.layer[0].encoding.x.scale.reverse, e.xinv, `${label} drawn x direction`);
  assert.is(spec.layer[0].encoding.y.scale.reverse, e.yinv, `${label} drawn y direction`);
  assert.is(ax.get_aspect(), e.aspect, `${label} aspect`);
  assert.is(ax.adjustable, e.adjustable, `${label} adjustable`);
  assert.ok(Math.abs(spec.width - e.box[0]) <= 1 && Math.abs(spec.height - e.box[1]) <= 1, `${label} box ${spec.width}x${spec.height} vs ${e.box}`);
  plt.close("all");
});

test("pyplot's margins sets the current axes' margins", () => {
  plt.close("all");
  plt.plot([0, 10], [1, 3]);
  plt.margins({ x: 0, y: 0.5 });
  // matplotlib: margins(x=0, y=0.5) on this line gives xlim (0, 10), ylim (0, 4)
  near(plt.gca().get_xlim(), [0, 10], 1e-12, "xlim");
  near(plt.gca().get_ylim(), [0, 4], 1e-12, "ylim");
  near(plt.margins() as [number, number], [0, 0.5], 1e-12, "margins");
  plt.close("all");
});

test.run();
