/**
 * pyplot's figure-level calls with matplotlib's signatures: positional and keyword forms,
 * Figure keywords, subplot specifications, savefig's keywords, and refusals with matplotlib's
 * errors (texts checked against Debian's matplotlib 3.6.3).
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { plt } from "../../src";
import { suptitleOf, viewsOf } from "./model";

function throws(fn: () => unknown, name: string, message: string): void {
  try {
    fn();
  } catch (e) {
    assert.is((e as Error).name, name);
    assert.is((e as Error).message, message);
    return;
  }
  assert.unreachable(`no ${name}: ${message}`);
}

test("figure: num, figsize, dpi positionally or by name; facecolor, clear, tight_layout honoured", () => {
  plt.close("all");
  const a = plt.figure(3, [4, 2], 50);
  assert.is(String(a), "<Figure size 200x100 with 0 Axes>");
  const b = plt.figure({ num: 3, clear: true });
  assert.is(b, a);
  plt.plot([1, 2]);
  assert.is(a.axes.length, 1);
  plt.figure(3, { clear: true });
  assert.is(a.axes.length, 0);
  const c = plt.figure({ facecolor: "0.9", tight_layout: true });
  assert.is(c.facecolor, "#e6e6e6");
  assert.is(c.tight, true);
  assert.is((c.toSpec() as any).background, "#e6e6e6");
  throws(() => plt.figure({ edgecolor: "r" }), "NotImplementedError", "figure() edgecolor='r' is not supported yet");
  throws(() => plt.figure({ colr: 1 } as never), "AttributeError", "Figure.set() got an unexpected keyword argument 'colr'");
  throws(() => plt.figure({ figsize: [-1, 2] }), "ValueError", "figure size must be positive finite not [-1, 2]");
  plt.close("all");
});

test("subplots: nrows/ncols positionally, squeeze, figure keywords; sharex not supported yet", () => {
  plt.close("all");
  const [fig, axes] = plt.subplots(2, 3, { figsize: [6, 4] });
  assert.equal(axes.shape, [2, 3]);
  assert.equal(fig.figsize, [6, 4]);
  const [, one] = plt.subplots(1, 1, { squeeze: false });
  assert.equal((one as any).shape, [1, 1]);
  throws(() => plt.subplots(0), "ValueError", "Number of rows must be a positive integer, not 0");
  throws(() => plt.subplots(2, { sharex: true }), "NotImplementedError", "subplots() sharex=True is not supported yet");
  throws(() => plt.subplots({ colr: 1 } as never), "AttributeError", "Figure.set() got an unexpected keyword argument 'colr'");
  plt.close("all");
});

test("subplot() in every form: no args, 211, (2, 1, 2), Axes keywords", () => {
  plt.close("all");
  plt.figure();
  const a = plt.subplot();
  assert.equal(a.position, { nrows: 1, ncols: 1, row: 0, col: 0 });
  const b = plt.subplot(212, { title: "bottom", xlim: [0, 2] });
  assert.equal(b.position, { nrows: 2, ncols: 1, row: 1, col: 0 });
  assert.is(b.get_title(), "bottom");
  assert.equal(b.get_xlim(), [0, 2]);
  assert.is(plt.subplot(2, 1, 2), b);
  assert.is(plt.gca(), b);
  throws(() => plt.subplot(1000), "ValueError", "Single argument to subplot must be a three-digit integer, not 1000");
  throws(() => plt.subplot(2, 2), "TypeError", "subplot() takes 1 or 3 positional arguments but 2 were given");
  throws(() => plt.gcf().add_subplot(2, 2, 5), "ValueError", "num must be 1 <= num <= 4, not 5");
  throws(() => plt.subplot(111, { colr: 1 } as never), "AttributeError", "AxesSubplot.set() got an unexpected keyword argument 'colr'");
  plt.close("all");
});

test("suptitle, title, xlabel with Text keywords; colorbar label; close forms", () => {
  plt.close("all");
  const fig = plt.figure();
  plt.suptitle("S", { fontsize: 20, color: "r" });
  assert.equal(fig.suptitleStyle, { fontsize: 20, color: "#ff0000" });
  const spec = fig.toSpec() as any;
  assert.ok(Math.abs(suptitleOf(spec)!.fontSize - (20 * 100) / 72) < 1e-9);
  plt.title("t", { loc: "left" });
  assert.is(plt.gca().get_title("left"), "t");
  plt.imshow([[1, 2]]);
  plt.colorbar({ label: "units" });
  assert.is(plt.gca().colorbarMapping?.label, "units");
  throws(() => plt.colorbar({ shrink: 0.5 }), "NotImplementedError", "colorbar() shrink=0.5 is not supported yet");
  throws(() => plt.colorbar({ colr: 1 } as never), "TypeError", "Colorbar.__init__() got an unexpected keyword argument 'colr'");
  throws(() => plt.suptitle("s", { colr: 1 } as never), "AttributeError", "'Text' object has no property 'colr'");
  plt.close("all");
  plt.figure();
  throws(() => plt.colorbar(), "RuntimeError", "No mappable was found to use for colorbar creation. First define a mappable such as an image (with imshow) or a contour set (with contourf).");
  throws(() => plt.close(2.5), "TypeError", "close() argument must be a Figure, an int, a string, or None, not <class 'float'>");
  plt.close("no such label");
  assert.equal(plt.get_fignums(), [1]);
  plt.close("all");
});

test("savefig: dpi, transparent and facecolor reach the written spec; unknown keys refused", () => {
  plt.close("all");
  const dir = mkdtempSync(join(tmpdir(), "pltsig-"));
  plt.figure();
  plt.plot([1, 2]);
  plt.savefig(join(dir, "t.json"), { transparent: true });
  const t = JSON.parse(readFileSync(join(dir, "t.json"), "utf8"));
  assert.is(t.background, "transparent");
  assert.is(t.config.view.fill, "transparent");
  plt.savefig(join(dir, "f.json"), { facecolor: "k" });
  assert.is(JSON.parse(readFileSync(join(dir, "f.json"), "utf8")).background, "#000000");
  throws(() => plt.savefig(join(dir, "x.png"), { colr: 1 } as never), "TypeError", "got an unexpected keyword argument 'colr'");
  throws(() => plt.savefig(join(dir, "x.png"), { format: "png" } as never), "NotImplementedError", "savefig() format='png' is not supported yet");
  throws(() => plt.savefig(join(dir, "x.png"), { bbox_inches: "loose" } as never), "ValueError", "'loose' is not a valid value for bbox_inches; supported values are 'tight'");
  plt.close("all");
});

test("get_cmap and colormaps: pyplot's names, lut not supported yet, names matplotlib has", () => {
  assert.is(plt.get_cmap().name, "viridis");
  assert.is(plt.get_cmap("gray_r").name, "gray_r");
  assert.ok(plt.colormaps().includes("viridis_r"));
  throws(() => plt.get_cmap("gray", 8), "NotImplementedError", "get_cmap() lut=8 is not supported yet");
  throws(() => plt.get_cmap("gist_earth"), "NotImplementedError", "colormap 'gist_earth' is not supported yet");
});

test("suptitle's size / c / weight aliases, legend's ncol, savefig's dpi in the written PNG, show(warn=False)", () => {
  plt.close("all");
  const fig = plt.figure();
  // matplotlib: suptitle('S', size=15, c='b', weight='bold') has fontsize 15.0, color 'b', weight 'bold'
  plt.suptitle("S", { size: 15, c: "b", weight: "bold" });
  assert.equal(fig.suptitleStyle, { fontsize: 15, color: "#0000ff", fontweight: "bold" });
  // matplotlib: legend(ncol=3)._ncols == 3
  plt.plot([1, 2], { label: "a" });
  plt.legend({ ncol: 3 });
  const legendLayer = viewsOf(fig.toSpec() as any)[0].layer.find((l: any) => l.encoding?.fill?.legend);
  assert.is(legendLayer.encoding.fill.legend.columns, 3);
  // matplotlib: the figure saved at dpi=50 has half the pixels of dpi=100 (320x240 vs 640x480)
  const dir = mkdtempSync(join(tmpdir(), "pltsig-"));
  plt.savefig(join(dir, "d.png"), { dpi: 50 });
  plt.savefig(join(dir, "f.png"));
  const half = readFileSync(join(dir, "d.png"));
  const full = readFileSync(join(dir, "f.png"));
  assert.ok(Math.abs(half.readUInt32BE(16) - full.readUInt32BE(16) / 2) <= 1, "width");
  assert.ok(Math.abs(half.readUInt32BE(20) - full.readUInt32BE(20) / 2) <= 1, "height");
  // warn only matters on a non-GUI backend, where matplotlib warns instead of showing; plt
  // shows the figure (files outside a notebook) and never warns
  const warnings: string[] = [];
  const onWarning = (w: Error) => warnings.push(w.message);
  process.on("warning", onWarning);
  const before = process.env.TSLAB_SCI_FIGURES_DIR;
  process.env.TSLAB_SCI_FIGURES_DIR = dir;
  const log = console.log;
  console.log = () => undefined;
  try {
    fig.show(false);
  } finally {
    console.log = log;
    process.off("warning", onWarning);
    if (before === undefined) delete process.env.TSLAB_SCI_FIGURES_DIR;
    else process.env.TSLAB_SCI_FIGURES_DIR = before;
  }
  assert.equal(warnings, []);
  assert.ok(readFileSync(join(dir, `figure-${fig.number}.png`)).length > 0);
  throws(() => plt.colorbar(plt.imshow([[1, 2]]), { use_gridspec: false }), "NotImplementedError", "colorbar() use_gridspec=False is not supported yet");
  plt.close("all");
});

test.run();
