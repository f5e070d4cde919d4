import { test } from "uvu";
import * as assert from "uvu/assert";
import { np, skimage } from "../../../src";
import { NDArray } from "../../../src/np/ndarray";
import { loadGolden } from "../../helpers/golden";
import { expectArray, throwsNamed } from "../_helpers";

const { draw } = skimage;
const g = loadGolden("skimage_draw/draw");

function expectAll(got: NDArray[], want: any[], what: string, rel = 0): void {
  assert.is(got.length, want.length, `${what}: outputs`);
  got.forEach((a, k) => expectArray(a, want[k], rel, 0, `${what}[${k}]`));
}

test("line and line_aa match, every octant", () => {
  g.lines_args.forEach((a: number[], k: number) => {
    const [r0, c0, r1, c1] = a;
    expectAll(draw.line(r0, c0, r1, c1), g.line[k], `line ${a}`);
    expectAll(draw.line_aa(r0, c0, r1, c1), g.line_aa[k], `line_aa ${a}`, 1e-15);
  });
  throwsNamed(() => draw.line(0.5, 0, 3, 3), "TypeError", "line() argument 'r0' must be int, not float");
});

test("circle_perimeter: bresenham, andres, shape clipping", () => {
  const cases: [number, number, number, "bresenham" | "andres", number[] | null][] = [
    [5, 5, 3, "bresenham", null], [5, 5, 3, "andres", null], [0, 2, 6, "bresenham", [7, 8]], [10, 10, 7, "andres", [12, 15]], [4, 4, 0, "bresenham", null],
  ];
  cases.forEach(([r, c, radius, method, shape], k) => {
    expectAll(draw.circle_perimeter(r, c, radius, method, shape), g.circle_perimeter[k], `circle ${k}`);
  });
  expectAll(draw.circle_perimeter(5, 5, 3, { method: "andres" }), g.circle_perimeter[1], "options form");
  throwsNamed(() => draw.circle_perimeter(1, 1, 1, "midpoint" as never), "ValueError", /method must be one of/);
});

test("polygon, ellipse, disk match", () => {
  const polys: [number[], number[], number[] | null][] = [
    [[1, 7, 4, 1], [1, 2, 8, 1], null],
    [[0.5, 6.3, 9.9, 3.2], [1.2, 0.1, 7.7, 8.8], null],
    [[-2, 5, 12], [3, -4, 9], [8, 8]],
    [[2, 2, 6, 6], [1, 5, 5, 1], null],
  ];
  polys.forEach(([r, c, s], k) => expectAll(draw.polygon(np.array(r), c, s), g.polygon[k], `polygon ${k}`));
  const ells: [number, number, number, number, number[] | null, number][] = [
    [5, 6, 3, 4, null, 0.0], [5, 6, 3, 4, null, 0.7], [5.5, 6.2, 2.5, 5.1, [8, 9], -1.2], [0, 0, 4, 3, [10, 10], 0.0], [10, 10, 6, 2, null, Math.PI / 2], [3, 4, 2, 2, null, 4.0],
  ];
  ells.forEach(([r, c, rr, cr, s, rot], k) => expectAll(draw.ellipse(r, c, rr, cr, { shape: s, rotation: rot }), g.ellipse[k], `ellipse ${k}`));
  expectAll(draw.disk([4, 4], 3), g.disk[0], "disk 0");
  expectAll(draw.disk([4.5, 3.2], 2.7), g.disk[1], "disk 1");
  expectAll(draw.disk([1, 1], 4, { shape: [5, 6] }), g.disk[2], "disk 2");
});

test("rectangle: end, extent, negative extent, shape, 3-D", () => {
  expectAll(draw.rectangle([1, 2], [4, 6]), g.rectangle[0], "end");
  expectAll(draw.rectangle([4, 6], { end: [1, 2] }), g.rectangle[1], "reversed");
  expectAll(draw.rectangle([1, 2], { extent: [3, 4] }), g.rectangle[2], "extent");
  expectAll(draw.rectangle([-1, 3], [5, 9], null, [4, 7]), g.rectangle[3], "shape");
  expectAll(draw.rectangle([1, 1], { extent: [-2, 3] }), g.rectangle[4], "negative extent");
  expectAll(draw.rectangle([1, 1, 0], [2, 3, 1]), g.rectangle[5], "3-D");
  throwsNamed(() => draw.rectangle([1, 1]), "ValueError", "Either `end` or `extent` must be given.");
});

test("set_color paints in place with alpha", () => {
  const img = np.zeros([6, 7, 3], { dtype: "uint8" });
  img.set([":", ":", 0], 100);
  draw.set_color(img, draw.disk([3, 3], 2.5), [255, 10, 0], 0.35);
  const [rr, cc] = draw.line(0, 0, 9, 9);
  draw.set_color(img, [rr, cc], [1, 2, 3]);
  expectArray(img, g.set_color_rgb, 0, 0, "rgb");
  const gray = np.zeros([5, 5]);
  const [r2, c2, val] = draw.line_aa(0, 0, 4, 3);
  draw.set_color(gray, [r2, c2], 1, val);
  expectArray(gray, g.set_color_aa, 1e-15, 0, "aa");
  // a transposed view is painted through its strides
  const f32 = np.full([4, 4], 0.5, { dtype: "float32" }).transpose();
  draw.set_color(f32, [np.array([0, 1, 2, 7]), np.array([0, 1, 2, 1])], [0.9], { alpha: 0.3 });
  expectArray(f32.copy(), g.set_color_f32, 1e-7, 0, "f32");
  throwsNamed(() => draw.set_color(img, [rr, cc], [1, 2]), "ValueError", /Color shape \(2\) must match last image dimension/);
});

test("circle_perimeter_aa and polygon2mask match", () => {
  const circles: [number, number, number, number[] | null][] = [[5, 5, 3, null], [10, 12, 8, null], [0, 0, 4, [6, 7]], [3, 3, 0, null], [20, 20, 15, [25, 30]]];
  circles.forEach(([r, c, radius, shape], k) => expectAll(draw.circle_perimeter_aa(r, c, radius, shape), g.circle_perimeter_aa[k], `aa circle ${k}`, 1e-15));
  expectArray(draw.polygon2mask([8, 9], np.array([[1, 1], [6, 2], [3, 8]])), g.polygon2mask[0], 0, 0, "mask 0");
  expectArray(draw.polygon2mask([10, 10], [[-2.5, 1.5], [4.2, 11.0], [9.7, 3.3], [5.0, 0.0]]), g.polygon2mask[1], 0, 0, "mask 1");
  expectArray(draw.polygon2mask([5, 6, 2], [[0, 0], [4, 1], [1, 5]]), g.polygon2mask[2], 0, 0, "mask with a channel axis");
});

test("line_nd matches (endpoint, integer)", () => {
  const cases: [number[], number[]][] = [[[1, 1], [5, 2.5]], [[1, 1, 0], [6, 3, 8]], [[0.5, 2], [6.5, 2]], [[4, -1], [0, 7]], [[2, 2], [2, 2]]];
  let k = 0;
  for (const [a, b] of cases) {
    for (const endpoint of [false, true]) {
      for (const integer of [true, false]) expectAll(draw.line_nd(a, b, { endpoint, integer }), g.line_nd[k++], `line_nd ${a} ${b} ${endpoint} ${integer}`, 1e-15);
    }
  }
});

test("ellipse_perimeter matches (axis-aligned and rotated)", () => {
  const cases: [number, number, number, number, number, number[] | null][] = [
    [10, 10, 5, 8, 0.0, null], [10, 10, 8, 3, 0.0, null], [20, 25, 7, 12, 0.5, null], [20, 25, 12, 7, -1.1, null], [15, 15, 9, 9, Math.PI / 4, null],
    [5, 5, 6, 9, 0.3, [12, 14]], [30, 30, 20, 4, 2.0, null], [8, 8, 3, 0, 0.0, null], [12, 12, 10, 6, 1.5707963267948966, null],
  ];
  cases.forEach(([r, c, rr, cr, o, s], k) => expectAll(draw.ellipse_perimeter(r, c, rr, cr, o, s), g.ellipse_perimeter[k], `ellipse_perimeter ${k}`));
  const [r0, c0] = draw.ellipse_perimeter(3, 4, 0, 0);
  assert.equal([r0.shape.length, r0.item(), c0.item()], [0, 3, 4]);
});

test("bezier_curve matches (weights, splits at turning points, shape)", () => {
  const cases: [number, number, number, number, number, number, number, number[] | null][] = [
    [1, 5, 5, 10, 9, 2, 1.0, null], [1, 5, 5, 10, 9, 2, 0.3, null], [1, 5, 5, 10, 9, 2, 3.0, null], [2, 2, 10, 8, 3, 14, 1.0, null],
    [2, 2, 10, 8, 3, 14, 0.6, [8, 10]], [0, 0, 4, 12, 12, 0, 2.0, null], [5, 1, 1, 6, 8, 12, 1.0, null], [3, 3, 3, 9, 3, 15, 1.0, null], [10, 0, 0, 5, 10, 10, 0.8, null],
  ];
  cases.forEach(([r0, c0, r1, c1, r2, c2, w, s], k) => {
    const want = g.bezier_curve[k];
    if (typeof want === "string") throwsNamed(() => draw.bezier_curve(r0, c0, r1, c1, r2, c2, w, s), "ZeroDivisionError", want.slice("ZeroDivisionError: ".length));
    else expectAll(draw.bezier_curve(r0, c0, r1, c1, r2, c2, w, s), want, `bezier ${k}`);
  });
});

test.run();
