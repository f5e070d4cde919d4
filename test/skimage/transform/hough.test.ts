import { test } from "uvu";
import * as assert from "uvu/assert";
import { np, skimage } from "../../../src";
import { NDArray } from "../../../src/np/ndarray";
import { expectArray, fromGolden, throwsNamed } from "../_helpers";
import { g } from "./_more";

const { transform } = skimage;
const lines = fromGolden(g.lines);
const circles = fromGolden(g.circles);
const TOL = 1e-12;

function expectTuple(actual: NDArray[], want: any[], what: string, tol = TOL): void {
  assert.is(actual.length, want.length, `${what}: length`);
  actual.forEach((a, i) => expectArray(a, want[i], tol, tol, `${what}[${i}]`));
}

test("hough_line: default and given angles, strided input", () => {
  const hl = g.hough_line;
  const [h, t, d] = transform.hough_line(lines);
  expectArray(h, hl.default.h, 0, 0, "hspace");
  expectArray(t, hl.default.theta, TOL, 0, "theta");
  expectArray(d, hl.default.d, TOL, 0, "dists");
  const theta = np.linspace(-Math.PI / 2, Math.PI / 2, 90, false);
  const [h2, t2, d2] = transform.hough_line(lines, { theta });
  expectArray(h2, hl.theta90.h, 0, 0, "hspace 90");
  expectArray(t2, hl.theta90.theta, TOL, 0, "theta 90");
  expectArray(d2, hl.theta90.d, TOL, 0, "dists 90");
  expectArray(transform.hough_line(lines.get("::-1", "::2"))[0], hl.strided, 0, 0, "strided");
  throwsNamed(() => transform.hough_line(np.zeros([2, 2, 2])), "ValueError", "The input image `image` must be 2D.");
});

test("hough_line_peaks: options, wrap-around, camera edges", () => {
  const hl = g.hough_line;
  const [h, t, d] = transform.hough_line(lines);
  const p = hl.peaks;
  expectTuple(transform.hough_line_peaks(h, t, d), p.default, "default");
  expectTuple(transform.hough_line_peaks(h, t, d, { min_distance: 3, min_angle: 3, threshold: 10, num_peaks: 5 }), p.opts, "options");
  expectTuple(transform.hough_line_peaks(h, t, d, { num_peaks: 2 }), p.num2, "num_peaks");
  expectTuple(transform.hough_line_peaks(h, t, d, { threshold: 1e9 }), p.none, "none");
  const [h2, t2, d2] = transform.hough_line(lines, np.linspace(-Math.PI / 2, Math.PI / 2, 90, false));
  expectTuple(transform.hough_line_peaks(h2, t2, d2, 5, 20), p.theta90, "theta 90");
  const [hc, tc, dc] = transform.hough_line(fromGolden(g.camera_edges));
  assert.is(Number(np.sum(hc)), hl.camera.sum);
  expectArray(hc.get("::9", "::4").copy(), hl.camera.sub, 0, 0, "camera hspace");
  expectTuple(transform.hough_line_peaks(hc, tc, dc, { num_peaks: 10 }), p.camera, "camera peaks");
});

test("hough_circle: normalize, full_output, scalar and float radii", () => {
  const hc = g.hough_circle;
  const radii = [5, 7, 10, 12];
  expectArray(transform.hough_circle(circles, radii), hc.default, TOL, 0, "default");
  expectArray(transform.hough_circle(circles, radii, false), hc.nonorm, TOL, 0, "no normalize");
  expectArray(transform.hough_circle(circles, radii, { full_output: true }), hc.full, TOL, 0, "full_output");
  expectArray(transform.hough_circle(circles, 7), hc.scalar, TOL, 0, "scalar radius");
  expectArray(transform.hough_circle(circles, [6.7, 9.2]), hc.float_radius, TOL, 0, "float radii");
  const edges = fromGolden(g.coins_edges);
  const coinRadii = np.arange(20, 35, 2);
  const hs = transform.hough_circle(edges, coinRadii);
  expectArray(hs.get(":", "::7", "::5").copy(), { ...hc.coins.sub, dtype: "float64" }, 1e-9, 1e-12, "coins");
  expectTuple(transform.hough_circle_peaks(hs, coinRadii, { total_num_peaks: 4 }), hc.peaks.coins, "coins peaks", 1e-9);
});

test("hough_circle_peaks: every option", () => {
  const radii = np.array([5, 7, 10, 12]);
  const hs = transform.hough_circle(circles, radii);
  const raw = transform.hough_circle(circles, radii, { normalize: false });
  const p = g.hough_circle.peaks;
  expectTuple(transform.hough_circle_peaks(hs, radii), p.default, "default");
  expectTuple(transform.hough_circle_peaks(hs, radii, { num_peaks: 1 }), p.num1, "num_peaks");
  expectTuple(transform.hough_circle_peaks(hs, radii, { num_peaks: 2, total_num_peaks: 3 }), p.total, "total_num_peaks");
  expectTuple(transform.hough_circle_peaks(hs, radii, 5, 5), p.dist, "distances");
  expectTuple(transform.hough_circle_peaks(hs, radii, { min_xdistance: 5, min_ydistance: 5, total_num_peaks: 2 }), p.dist_total, "distances, total");
  expectTuple(transform.hough_circle_peaks(hs, radii, { threshold: 0.5 }), p.threshold, "threshold");
  expectTuple(transform.hough_circle_peaks(raw, radii, { normalize: true, total_num_peaks: 4 }), p.norm, "normalize");
  expectTuple(transform.hough_circle_peaks(raw, radii, { total_num_peaks: 4 }), p.nonorm, "raw");
  expectTuple(transform.hough_circle_peaks(hs, radii, { threshold: 10 }), p.none, "none");
});

test.run();
