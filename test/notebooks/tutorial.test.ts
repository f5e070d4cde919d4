/**
 * The tutorial notebooks executed through Jupyter with the tslab kernel: key outputs against
 * the values Debian's NumPy / scikit-image / scikit-learn print for the same cells
 * (notebooks/python/*.py), and the figure bundles the front ends need.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { textDifference } from "../helpers/text";
import { runNotebook, streamText, displays, sourceOf, ExecutedNotebook, Cell } from "../helpers/notebook";

const VEGALITE = "application/vnd.vegalite.v5+json";

function cellWith(nb: ExecutedNotebook, snippet: string): Cell {
  const cell = nb.code.find((c) => sourceOf(c).includes(snippet));
  if (!cell) throw new Error(`no code cell contains ${JSON.stringify(snippet)}`);
  return cell;
}

function assertFigure(cell: Cell, text: string): void {
  const bundles = displays(cell).filter((o) => o.data?.[VEGALITE]);
  assert.ok(bundles.length >= 1, "a figure bundle");
  for (const b of bundles) {
    assert.equal(Object.keys(b.data ?? {}).sort(), [VEGALITE, "image/png", "text/plain"].sort());
    const spec = b.data?.[VEGALITE] as { $schema: string };
    assert.is(spec.$schema, "https://vega.github.io/schema/vega-lite/v5.json");
    assert.match(String(b.data?.["image/png"]), /^iVBORw0KGgo[A-Za-z0-9+/=]+$/);
    const meta = (b.metadata?.["image/png"] ?? {}) as { width?: number; height?: number };
    assert.ok((meta.width ?? 0) > 0 && (meta.height ?? 0) > 0, "retina PNG metadata");
  }
  assert.is(String(bundles[0].data?.["text/plain"]), text);
}

test("01-images-and-numpy runs and prints what NumPy and scikit-image print", () => {
  const nb = runNotebook("01-images-and-numpy.ipynb");
  assert.ok(nb.result.ok, `${nb.result.ename}: ${nb.result.evalue} (cell ${nb.result.cell})`);
  assert.is(streamText(cellWith(nb, "// An image with 512 rows")), "(512, 512)\n");
  assert.is(streamText(cellWith(nb, "benson.dtype")), "dtype('uint8')\n");
  assert.is(streamText(cellWith(nb, "benson.shape")), "(1024, 809, 3)\n");
  assert.is(streamText(cellWith(nb, "np.ones([2, 3, 4]")),
    "array([[[1, 1, 1, 1],\n        [1, 1, 1, 1],\n        [1, 1, 1, 1]],\n\n       [[1, 1, 1, 1],\n        [1, 1, 1, 1],\n        [1, 1, 1, 1]]], dtype=int16)\n");
  assert.is(streamText(cellWith(nb, "np.linspace(0, 2, 9)")), "array([0.  , 0.25, 0.5 , 0.75, 1.  , 1.25, 1.5 , 1.75, 2.  ])\n");
  assert.is(streamText(cellWith(nb, "camera.mean()")), "129.06072616577148\n");
  assert.is(streamText(cellWith(nb, "benson.get(10, 20)")), "array([167, 163, 164], dtype=uint8)\n");
  // The WRONG cell is a compile error, as the tutorial's TypeError is a run-time one.
  assert.match(streamText(cellWith(nb, "np.array(1, 2, 3, 4)"), "stderr"), "Expected 1-3 arguments, but got 4.");
  assertFigure(cellWith(nb, 'plt.title("Zhang Family'), "<Figure size 640x480 with 1 Axes>");
  assert.is(displays(cellWith(nb, "for (const image of image_list)")).length, 4);
  assertFigure(cellWith(nb, "plt.subplots({ nrows: 1, ncols: 3 })"), "<Figure size 640x480 with 3 Axes>");
});

test("02-logistic-regression trains to scikit-learn's data and NumPy's weights", () => {
  const nb = runNotebook("02-logistic-regression.ipynb");
  assert.ok(nb.result.ok, `${nb.result.ename}: ${nb.result.evalue} (cell ${nb.result.cell})`);
  const features = streamText(nb.code[2]);
  assert.ok(features.startsWith("array([[ 1.05051896, -1.91803393],\n       [ 0.3301913 , -2.04293774],"), features);
  assert.ok(streamText(nb.code[4]).startsWith("array([0, 0, 0, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 1, 1, 1, 1, 1, 0,\n"));
  // What Debian's NumPy prints for the same cell.
  const expected = [0.6907503026719932, 0.28088507867909307, 0.25411236531525416, 0.2465118640785795,
    0.24352972366738543, 0.24217536305489692, 0.24150773465410777, 0.2411613741647257,
    0.24097548263143564, 0.2408733455493512].map((cost, k) => `iter: ${k * 1000} cost: ${cost}\n`).join("") +
    "array([[-0.26187042],\n       [ 3.04525244]])\n";
  const training = streamText(cellWith(nb, "train(features, labels, weights, lr, iters)"));
  const diff = textDifference(training, expected);
  assert.ok(diff === null, `${diff}\n${training}`);
  assert.is(streamText(cellWith(nb, "accuracy(predicted_labels, labels.flatten())")), "0.917\n");
  assertFigure(cellWith(nb, "plt.plot(cost_history)"), "<Figure size 640x480 with 1 Axes>");
  assertFigure(cellWith(nb, 'sns.set_style("white")'), "<Figure size 640x480 with 1 Axes>");
  assert.is(streamText(cellWith(nb, 'sns.set_style("white")')), "<AxesSubplot: >\n");
});

test.run();
