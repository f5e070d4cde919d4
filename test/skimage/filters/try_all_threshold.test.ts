/** try_all_threshold against scikit-image's figure: titles, printed names, binary images, error text. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { np, skimage } from "../../../src";
import type { TextArtist, ImageArtist } from "../../../src/plt/artists";
import { loadGolden } from "../../helpers/golden";

const golden = loadGolden("skimage/try_all_threshold");
const scratch = mkdtempSync(join(tmpdir(), "try-all-"));

/** Runs `call`, returning what it printed through console.log. */
function capture<T>(call: () => T): [T, string] {
  const original = console.log;
  let out = "";
  console.log = (...parts: unknown[]) => {
    out += parts.join(" ") + "\n";
  };
  try {
    return [call(), out];
  } finally {
    console.log = original;
  }
}

/**
 * The 0/1 image an image artist shows (gray colormap: white is 1), read at the centre of each
 * source pixel of the picture drawn at display size.
 */
function shownBinary(artist: ImageArtist, k: number, [h, w]: number[]): number[] {
  const file = join(scratch, `axes${k}.png`);
  writeFileSync(file, Buffer.from(artist.url.split(",")[1], "base64"));
  const shown = skimage.io.imread(file);
  const gray = shown.ndim === 3 ? shown.get("...", 0) : shown;
  const [H, W] = gray.shape;
  const out: number[] = [];
  for (let i = 0; i < h; i++) {
    for (let j = 0; j < w; j++) out.push((gray.item(Math.floor(((i + 0.5) * H) / h), Math.floor(((j + 0.5) * W) / w)) as number) > 127 ? 1 : 0);
  }
  return out;
}

function compareFigure(name: string, call: () => ReturnType<typeof skimage.filters.try_all_threshold>) {
  const g = golden[name];
  const [[fig, ax], printed] = capture(call);
  assert.is(printed, g.printed);
  assert.equal(ax.shape, g.shape);
  assert.equal(Array.from(fig.get_size_inches() as ArrayLike<number>), g.figsize);
  ax.forEach((a, k) => {
    const want = g.axes[k];
    const internal = a as unknown as { title: string; axisOn: boolean; artists: (ImageArtist | TextArtist)[] };
    assert.is(internal.title, want.title, `axes ${k} title`);
    assert.is(internal.axisOn, want.axis_on, `axes ${k} axis`);
    const images = internal.artists.filter((x): x is ImageArtist => x.kind === "image");
    const texts = internal.artists.filter((x): x is TextArtist => x.kind === "text");
    assert.equal(texts.map((t) => t.text), want.texts.map((t: [string]) => t[0]), `axes ${k} texts`);
    if (want.image === null) {
      assert.is(images.length, 0);
      return;
    }
    assert.is(images.length, 1);
    if (k > 0) assert.equal(shownBinary(images[0], k, want.image.shape), Array.from(want.image.data as number[]), `axes ${k} image`);
  });
}

test("text crop: seven binary images as scikit-image draws them, and the printed module paths", () => {
  const img = skimage.data.text().get("40:90", "100:180");
  compareFigure("page", () => skimage.filters.try_all_threshold(img));
});

test("a failing method shows its error's class name; figsize and verbose are honoured", () => {
  const blocks = np.zeros([10, 12], { dtype: np.uint8 });
  blocks.set(["3:6", "4:9"], 200);
  compareFigure("blocks", () => skimage.filters.try_all_threshold(blocks, [6, 7], false));
  const [[, ax]] = capture(() => skimage.filters.try_all_threshold(blocks, { verbose: false }));
  const text = (ax[4] as unknown as { artists: TextArtist[] }).artists.find((x) => x.kind === "text")!;
  // the axes' centre, in the image's data coordinates
  assert.equal([text.x, text.y, text.ha, text.va], [5.5, 4.5, "center", "center"]);
});

test("try_all_threshold refuses a colour image", () => {
  assert.throws(() => skimage.filters.try_all_threshold(skimage.data.astronaut().get(":20", ":20")), /2-D image/);
});

test.run();
