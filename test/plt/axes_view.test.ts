/**
 * invert_xaxis / invert_yaxis, margins and set_aspect against matplotlib: each case of
 * test/golden/plt/axes_view.json (scripts/golden/plt_axes_view.py, Debian's matplotlib) replays
 * its calls and compares the limits (as drawn, for adjustable='datalim'), margins, inversion,
 * aspect / adjustable and the drawn axes box in px, or the error.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { plt } from "../../src";
import type { Axes } from "../../src/plt";
import { loadGolden } from "../helpers/golden";
import { near } from "./model";

type Json = Record<string, any>;
interface Case { label: string; calls: [string, unknown[], Json][]; expected: Json }

const CASES = loadGolden<Case[]>("plt/axes_view");

function replay(ax: Axes, calls: Case["calls"]): void {
  for (const [name, args, kwargs] of calls) {
    const call = [...args];
    if (Object.keys(kwargs).length > 0) call.push(kwargs);
    (ax as any)[name](...call);
  }
}

for (const c of CASES) {
  test(c.label, () => {
    plt.close("all");
    const [fig, ax] = plt.subplots();
    const e = c.expected;
    if (e.error !== undefined) {
      try {
        replay(ax, c.calls);
      } catch (err) {
        assert.is((err as Error).name, e.error, c.label);
        assert.is((err as Error).message, e.message, c.label);
        return;
      } finally {
        plt.close("all");
      }
      assert.unreachable(`${c.label}: no ${e.error}`);
    }
    replay(ax, c.calls);
    const spec = fig.toSpec() as Json;
    if (e.adjustable === "datalim") {
      // the limits give way when the figure is drawn (plt's box is whole px: 496x370 for 496x369.6)
      near(spec.layer[0].encoding.x.scale.domain, e.xlim.slice().sort((p: number, q: number) => p - q), 5e-3, `${c.label} drawn xlim`);
      near(spec.layer[0].encoding.y.scale.domain, e.ylim.slice().sort((p: number, q: number) => p - q), 5e-3, `${c.label} drawn ylim`);
    } else {
      near(ax.get_xlim(), e.xlim, 1e-12, `${c.label} xlim`);
      near(ax.get_ylim(), e.ylim, 1e-12, `${c.label} ylim`);
    }
    near(ax.margins() as [number, number], e.margins, 1e-12, `${c.label} margins`);
    assert.is(ax.xaxis_inverted(), e.xinv, `${c.label} xaxis_inverted`);
    assert.is(ax.yaxis_inverted(), e.yinv, `${c.label} yaxis_inverted`);
    assert.is(spec.layer[0].encoding.x.scale.reverse, e.xinv, `${c.label} drawn x direction`);
    assert.is(spec.layer[0].encoding.y.scale.reverse, e.yinv, `${c.label} drawn y direction`);
    assert.is(ax.get_aspect(), e.aspect, `${c.label} aspect`);
    assert.is(ax.adjustable, e.adjustable, `${c.label} adjustable`);
    assert.ok(Math.abs(spec.width - e.box[0]) <= 1 && Math.abs(spec.height - e.box[1]) <= 1, `${c.label} box ${spec.width}x${spec.height} vs ${e.box}`);
    plt.close("all");
  });
}

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
