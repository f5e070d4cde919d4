import { test } from "uvu";
import * as assert from "uvu/assert";
import { np, skimage } from "../../../src";
import { NDArray } from "../../../src/np/ndarray";
import { assertAllClose, closeTo, loadGolden } from "../../helpers/golden";
import { contiguousStorage } from "../../../src/np/contiguous";
import { expectArray, fromGolden, throwsNamed } from "../_helpers";

const { color, data } = skimage;
const g = loadGolden("skimage_color/more");
const rgb = fromGolden(g.rgb);
const rgbf = fromGolden(g.rgbf);
const rgb32 = rgbf.astype("float32");
const lab = fromGolden(g.lab);
const ast = data.astronaut();
const TOL = 1e-6;

function expectSample(actual: NDArray, want: any, rel = TOL, what = "sample"): void {
  assert.is(actual.dtype.name, want.dtype, `${what}: dtype`);
  assert.equal(actual.shape.slice(), want.shape, `${what}: shape`);
  expectArray(actual.get("::7", "::5").copy(), want.sub, rel, 1e-12, what);
  let s = 0;
  for (let i = 0; i < actual.size; i++) s += actual.data[i];
  assert.ok(closeTo(s, want.sum, 1e-9, 1e-9), `${what}: sum ${s} vs ${want.sum}`);
}

test("rgb2xyz, rgb2lab, rgb2hed, rgb2ycbcr match (uint8, float, float32, channel_axis)", () => {
  for (const name of ["rgb2xyz", "rgb2lab", "rgb2hed", "rgb2ycbcr"] as const) {
    const fn = color[name] as (x: NDArray, o?: { channel_axis?: number }) => NDArray;
    const w = g.conv[name];
    expectArray(fn(rgb), w.u8, 1e-12, 1e-12, `${name} u8`);
    expectArray(fn(rgbf), w.f, 1e-12, 1e-12, `${name} f`);
    // a* and b* are 500 (x - y) and 200 (y - z): float32 differences carry ~500 float32 steps
    expectArray(fn(rgb32), w.f32, TOL, name === "rgb2lab" ? 500 * 2 ** -23 * 8 : TOL, `${name} f32`);
    expectArray(fn(rgb.transpose(2, 0, 1), { channel_axis: 0 }), w.axis0, 1e-12, 1e-12, `${name} axis0`);
    expectSample(fn(ast), w.ast, 1e-12, `${name} astronaut`);
  }
});

test("xyz2rgb, hed2rgb, lab2rgb and illuminants match", () => {
  const c = g.conv;
  const xyz = color.rgb2xyz(rgbf);
  const hed = fromGolden(c.hed);
  expectArray(color.xyz2rgb(xyz), c.xyz2rgb.f, 1e-12, 1e-12, "xyz2rgb");
  expectArray(color.xyz2rgb(xyz.astype("float32")), c.xyz2rgb.f32, TOL, TOL, "xyz2rgb f32");
  expectArray(color.xyz2rgb(xyz.transpose(2, 0, 1), { channel_axis: 0 }), c.xyz2rgb.axis0, 1e-12, 1e-12, "xyz2rgb axis0");
  expectArray(color.hed2rgb(hed), c.hed2rgb.f, 1e-12, 1e-12, "hed2rgb");
  expectArray(color.hed2rgb(hed.astype("float32")), c.hed2rgb.f32, TOL, TOL, "hed2rgb f32");
  expectArray(color.lab2rgb(lab), c.lab2rgb.f, 1e-12, 1e-12, "lab2rgb");
  expectArray(color.lab2rgb(lab.astype("float32")), c.lab2rgb.f32, TOL, TOL, "lab2rgb f32");
  expectArray(color.lab2rgb(lab, "d50", "10"), c.lab2rgb.D50_10, 1e-12, 1e-12, "lab2rgb D50/10");
  expectArray(color.rgb2lab(rgbf, { illuminant: "A", observer: "R" }), c.rgb2lab_A_R, 1e-12, 1e-12, "A/R");
  expectArray(color.rgb2lab(rgb, "E", "2"), c.rgb2lab_E, 1e-12, 1e-12, "E");
  expectArray(color.lab2rgb(color.rgb2lab(rgbf)), c.roundtrip, 1e-12, 1e-12, "roundtrip");
  throwsNamed(() => color.rgb2lab(rgbf, "D66"), "ValueError", "Unknown illuminant/observer combination (`D66`, `2`)");
});

test("label2rgb: overlay, background, colours, saturation, avg", () => {
  const L = g.label2rgb;
  const labels = fromGolden(L.labels);
  const img = fromGolden(L.img);
  const gray = fromGolden(L.gray_in);
  expectArray(color.label2rgb(labels), L.plain, 1e-12, 0, "plain");
  expectArray(color.label2rgb(labels, { bg_label: -1 }), L.bg_none, 1e-12, 0, "no background label");
  expectArray(color.label2rgb(labels, img), L.image, 1e-12, 1e-15, "over image");
  expectArray(color.label2rgb(labels, gray, { alpha: 0.5, image_alpha: 0.8 }), L.gray, 1e-12, 1e-15, "over gray");
  expectArray(color.label2rgb(labels, img, { colors: ["teal", [0.2, 0.4, 0.6], "olive"], bg_label: 3, bg_color: "white", saturation: 0.5 }), L.colors, 1e-12, 1e-15, "colors");
  expectArray(color.label2rgb(labels, img, { bg_color: null }), L.bg_color_none, 1e-12, 1e-15, "bg_color None");
  expectArray(color.label2rgb(labels.sub(2), { bg_label: -2 }), L.negative, 1e-12, 0, "negative labels");
  expectArray(color.label2rgb(labels, img, { kind: "avg" }), L.avg, 0, 0, "avg");
  expectArray(color.label2rgb(labels, img.div(255), { kind: "avg", bg_label: 1, bg_color: [0.5, 0.5, 0.5] }), L.avg_f, 1e-12, 0, "avg float");
  expectArray(color.label2rgb(labels, img.transpose(2, 0, 1), { channel_axis: 0 }), L.axis0, 1e-12, 1e-15, "axis0");
  throwsNamed(() => color.label2rgb(labels, { kind: "mean" as never }), "ValueError", /kind must be one of/);
  throwsNamed(() => color.label2rgb(labels, { colors: ["nocolor"] }), "KeyError", "'nocolor'");
});

test("YUV, YIQ, YPbPr, YDbDr, YCbCr back, LCh match", () => {
  const m = g.matrix;
  for (const name of ["rgb2yuv", "rgb2yiq", "rgb2ypbpr", "rgb2ydbdr"] as const) {
    const fn = color[name] as (x: NDArray, o?: { channel_axis?: number }) => NDArray;
    const back = (color as any)[name.slice(4) + "2rgb"] as (x: NDArray) => NDArray;
    expectArray(fn(rgb), m[name].u8, 1e-12, 1e-12, `${name} u8`);
    expectArray(fn(rgbf), m[name].f, 1e-12, 1e-12, `${name} f`);
    expectArray(fn(rgb32), m[name].f32, TOL, TOL, `${name} f32`);
    expectArray(fn(rgb.transpose(2, 0, 1), { channel_axis: 0 }), m[name].axis0, 1e-12, 1e-12, `${name} axis0`);
    expectArray(back(fn(rgbf)), m[name.slice(4) + "2rgb"].f, 1e-12, 1e-12, `${name} back`);
    expectArray(back(fn(rgb32)), m[name.slice(4) + "2rgb"].f32, TOL, TOL, `${name} back f32`);
  }
  const ycc = color.rgb2ycbcr(rgbf);
  expectArray(color.ycbcr2rgb(ycc), m.ycbcr2rgb.f, 1e-12, 1e-12, "ycbcr2rgb");
  expectArray(color.ycbcr2rgb(rgb), m.ycbcr2rgb.u8, 1e-12, 1e-12, "ycbcr2rgb of uint8 (offsets wrap in uint8 first)");
  expectArray(color.ycbcr2rgb(ycc.transpose(2, 0, 1), { channel_axis: 0 }), m.ycbcr2rgb.axis0, 1e-12, 1e-12, "ycbcr2rgb axis0");
  const lch = color.lab2lch(lab);
  expectArray(lch, m.lab2lch.f, 1e-12, 1e-12, "lab2lch");
  expectArray(color.lab2lch(lab.astype("float32")), m.lab2lch.f32, TOL, TOL, "lab2lch f32");
  const lab4 = np.concatenate([lab, np.full([6, 5, 1], 0.5)], { axis: -1 });
  expectArray(color.lab2lch(lab4), m.lab2lch.four, 1e-12, 1e-12, "lab2lch with a 4th channel");
  expectArray(color.lab2lch(lab.transpose(2, 0, 1), { channel_axis: 0 }), m.lab2lch.axis0, 1e-12, 1e-12, "lab2lch axis0");
  expectArray(color.lch2lab(lch), m.lch2lab.f, 1e-12, 1e-12, "lch2lab");
  expectArray(color.lch2lab(lch.astype("float32")), m.lch2lab.f32, TOL, TOL, "lch2lab f32");
});

test("large float64 images: xyz2rgb undoes rgb2xyz; xyz2rgb, lab2rgb and lab2lch give their small-tile values bit for bit", () => {
  const astf = skimage.util.img_as_float(ast);
  const xyz = color.rgb2xyz(astf);
  const lab = color.rgb2lab(astf);
  assertAllClose(contiguousStorage(color.xyz2rgb(xyz)), contiguousStorage(astf), 1e-12, 1e-12, "xyz2rgb(rgb2xyz(astronaut))");
  // rows of 4 pixels are arrays too small for the block kernel: the element loop the fixtures check
  for (const [name, input] of [["xyz2rgb", xyz], ["lab2rgb", lab], ["lab2lch", lab]] as const) {
    const fn = color[name] as (x: NDArray) => NDArray;
    const whole = fn(input);
    for (const r of [0, 101, 333, 511]) {
      const tile = fn(input.get(r, "100:104").copy());
      assert.equal(Array.from(contiguousStorage(whole.get(r, "100:104").copy())), Array.from(contiguousStorage(tile)), `${name} row ${r}`);
    }
  }
  // out-of-range and special values take the same encoding in both paths
  const odd = np.array([NaN, Infinity, -Infinity, -0.5, 0, 0.0031308, 0.00313081, 0.5, 1, 1.0000000000000002, 3, 1e300]);
  const big = contiguousStorage(color.xyz2rgb(np.tile(odd, 3000).reshape([-1, 3])));
  const small = contiguousStorage(color.xyz2rgb(odd.reshape([-1, 3])));
  for (let i = 0; i < big.length; i++) assert.ok(Object.is(big[i], small[i % small.length]), `special value ${i}`);
  // every pair of signed zeros, infinities, NaN, tiny and huge a and b
  const values = [0, -0, 1, -1, NaN, Infinity, -Infinity, 1e-200, -1e-200, 1e200, 1e-320, 0.3];
  const pairs = values.flatMap((a) => values.flatMap((b) => [50, a, b]));
  const lchSmall = contiguousStorage(color.lab2lch(np.array(pairs).reshape([-1, 3])));
  const lchBig = contiguousStorage(color.lab2lch(np.tile(np.array(pairs), 100).reshape([-1, 3])));
  for (let i = 0; i < lchBig.length; i++) assert.ok(Object.is(lchBig[i], lchSmall[i % lchSmall.length]), `lab2lch special ${i}: ${lchBig[i]} vs ${lchSmall[i % lchSmall.length]}`);
});

test.run();
