/** Every public function (and public class method) of skimage carries its Python signature. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { skimage } from "../../src";
import { signatureOf } from "../../src/signature";


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

test("signatures refuse what Python refuses", () => {
  const square = [[0, 1], [2, 3]];
  assert.throws(() => (skimage.filters.frangi as any)(square, { sigma: 1 }), /frangi\(\) got an unexpected keyword argument 'sigma'/);
  assert.throws(() => (skimage.draw.disk as any)([1, 1]), /disk\(\) missing 1 required positional argument: 'radius'/);
  assert.throws(() => (skimage.metrics.mean_squared_error as any)(square, square, square), /mean_squared_error\(\) takes 2 positional arguments but 3 were given/);
});

test.run();
