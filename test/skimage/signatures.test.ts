/** Every public function (and public class method) of skimage carries its Python signature. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { skimage } from "../../src";
import { signatureOf } from "../../src/signature";
import { countFunctions, signaturesIn, unsignedFunctions, untestedParameters } from "./_signatures";

/**
 * Where each parameter is checked against scikit-image (a fixture) or, for behaviour without
 * numbers, by hand. Parameters declared unsupported (NotImplementedError) need no entry.
 */
const TESTED: Record<string, readonly string[]> = {
  // util_dtype.test.ts (values), options.test.ts (force_copy, clip_negative)
  "skimage.util.img_as_float": ["image", "force_copy"],
  "skimage.util.img_as_float32": ["image", "force_copy"],
  "skimage.util.img_as_float64": ["image", "force_copy"],
  "skimage.util.img_as_ubyte": ["image", "force_copy"],
  "skimage.util.img_as_uint": ["image", "force_copy"],
  "skimage.util.img_as_int": ["image", "force_copy"],
  "skimage.util.img_as_bool": ["image", "force_copy"],
  "skimage.util.dtype_limits": ["image", "clip_negative"],
  // crop.test.ts, options.test.ts (copy, order)
  "skimage.util.crop": ["ar", "crop_width", "copy", "order"],
  // noise.test.ts (every mode and its parameters, seeded), options.test.ts (clip)
  "skimage.util.random_noise": ["image", "mode", "seed", "clip", "mean", "var", "local_vars", "amount", "salt_vs_pepper"],
  // io.test.ts, io_reread.test.ts, options.test.ts (collections), bad_input.test.ts
  "skimage.io.imread": ["fname", "as_gray"],
  "skimage.io.imsave": ["fname", "arr", "check_contrast", "quality"],
  "skimage.io.imread_collection": ["load_pattern", "conserve_memory"],
  "skimage.io.ImageCollection": ["load_pattern", "conserve_memory", "load_func"],
  "skimage.io.ImageCollection.__getitem__": ["n"],
  "skimage.io.ImageCollection.reload": ["n"],
  // color.test.ts, color-gray-exact.test.ts, options.test.ts (alpha, background, channel_axis)
  "skimage.color.rgb2gray": ["rgb", "channel_axis"],
  "skimage.color.gray2rgb": ["image", "channel_axis"],
  "skimage.color.gray2rgba": ["image", "alpha", "channel_axis"],
  "skimage.color.rgba2rgb": ["rgba", "background", "channel_axis"],
  "skimage.color.rgb2hsv": ["rgb", "channel_axis"],
  "skimage.color.hsv2rgb": ["hsv", "channel_axis"],
  // transform.test.ts (orders, modes, anti-aliasing, sigma, preserve_range, cval), options.test.ts (clip, multichannel, rescale)
  "skimage.transform.resize": ["image", "output_shape", "order", "mode", "cval", "clip", "preserve_range", "anti_aliasing", "anti_aliasing_sigma"],
  "skimage.transform.rescale": ["image", "scale", "order", "mode", "cval", "clip", "preserve_range", "multichannel", "anti_aliasing", "anti_aliasing_sigma", "channel_axis"],
  // rotate.test.ts, rotate_orders.test.ts
  "skimage.transform.rotate": ["image", "angle", "resize", "center", "order", "mode", "cval", "clip", "preserve_range"],
  // transform.test.ts, options.test.ts (cval; clip is unused in 0.19, as the fixture shows)
  "skimage.transform.downscale_local_mean": ["image", "factors", "cval", "clip"],
  // transform.test.ts, options.test.ts (output, multichannel, truncate)
  "skimage.filters.gaussian": ["image", "sigma", "output", "mode", "cval", "multichannel", "preserve_range", "truncate", "channel_axis"],
  // transform.test.ts (axis, mode), options.test.ts (mask; cval unused in 0.19.3, as the fixture shows)
  "skimage.filters.sobel": ["image", "mask", "axis", "mode", "cval"],
  // filters.test.ts, transform.test.ts (nbins), options.test.ts (hist)
  "skimage.filters.threshold_otsu": ["image", "nbins", "hist"],
};

test("every public function and method of skimage has its Python signature", () => {
  assert.equal(unsignedFunctions(skimage, "skimage"), []);
  // a walk that found nothing would pass too: the namespaces hold at least these
  assert.ok(countFunctions(skimage) >= 36, `found ${countFunctions(skimage)}`);
});

test("every declared parameter is tested against scikit-image or NotImplementedError", () => {
  // the modules listed here; skimage.filters grows with functions whose own tests list theirs
  const listed = signaturesIn(skimage).filter((sig) =>
    /^skimage\.(util|io|color|transform|data)\./.test(sig.qualname) || sig.qualname in TESTED);
  assert.ok(listed.length >= 36);
  assert.equal(untestedParameters(listed, TESTED), []);
});

test("signatures are scikit-image 0.19.3's", () => {
  const text = (f: unknown) => {
    const sig = signatureOf(f)!;
    return `${sig.qualname}(${sig.params.map((p) => (p.kind === "keyword" && !sig.params.some((q, i) => i < p.index && q.kind === "keyword") ? "*, " : "") + (p.hasDefault ? `${p.name}=${p.defaultText}` : p.name)).join(", ")})`;
  };
  // inspect.signature(...) of Debian bookworm's scikit-image 0.19.3
  assert.is(text(skimage.transform.resize), "skimage.transform.resize(image, output_shape, order=None, mode='reflect', cval=0, clip=True, preserve_range=False, anti_aliasing=None, anti_aliasing_sigma=None)");
  assert.is(text(skimage.transform.rescale), "skimage.transform.rescale(image, scale, order=None, mode='reflect', cval=0, clip=True, preserve_range=False, multichannel=False, anti_aliasing=None, anti_aliasing_sigma=None, *, channel_axis=None)");
  assert.is(text(skimage.transform.rotate), "skimage.transform.rotate(image, angle, resize=False, center=None, order=None, mode='constant', cval=0, clip=True, preserve_range=False)");
  assert.is(text(skimage.filters.gaussian), "skimage.filters.gaussian(image, sigma=1, output=None, mode='nearest', cval=0, multichannel=None, preserve_range=False, truncate=4.0, *, channel_axis=None)");
  assert.is(text(skimage.filters.sobel), "skimage.filters.sobel(image, mask=None, *, axis=None, mode='reflect', cval=0.0)");
  assert.is(text(skimage.filters.threshold_otsu), "skimage.filters.threshold_otsu(image=None, nbins=256, *, hist=None)");
  assert.is(text(skimage.color.gray2rgba), "skimage.color.gray2rgba(image, alpha=None, *, channel_axis=-1)");
  assert.is(text(skimage.util.crop), "skimage.util.crop(ar, crop_width, copy=False, order='K')");
});

test.run();
