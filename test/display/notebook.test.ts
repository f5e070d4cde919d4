/**
 * plt and sns in a real tslab kernel through Jupyter: the package is compiled to out/ and a
 * three-cell notebook executed; show() and an Axes as a cell's value must each produce one
 * display_data with the Vega-Lite spec, the retina PNG and the text, and metadata halved.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const WORK = join(ROOT, "out", "plt-kernel");
const DIST = join(WORK, "dist");
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { executeNotebook } = require("../../scripts/notebooks/execute.js");

const VEGALITE = "application/vnd.vegalite.v5+json";

function notebook(cells: string[]): object {
  return {
    cells: cells.map((source) => ({ cell_type: "code", metadata: {}, source, outputs: [], execution_count: null })),
    metadata: { kernelspec: { name: "tslab-sci", display_name: "TypeScript (tslab-sci)", language: "typescript" } },
    nbformat: 4,
    nbformat_minor: 5,
  };
}

test("show() and a trailing sns.scatterplot display full bundles in the tslab kernel", () => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  try {
    execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", join(ROOT, "tsconfig.json"), "--outDir", DIST], { stdio: "pipe" });
  } catch {
    // errors elsewhere in the tree still emit JavaScript; plt and sns are loaded directly below
  }
  const file = join(WORK, "check.ipynb");
  writeFileSync(file, JSON.stringify(notebook([
    `const plt = require(${JSON.stringify(join(DIST, "plt", "index.js"))});\nconst sns = require(${JSON.stringify(join(DIST, "sns", "index.js"))});`,
    'plt.figure();\nplt.title("Cost");\nplt.plot([1, 3, 2]);\nplt.show();',
    'sns.set_style("white");\nsns.scatterplot({ x: [1, 2, 3], y: [3, 1, 2], hue: [0, 1, 1] })',
  ])));
  const result = executeNotebook(file, join(WORK, "executed"), { html: false });
  assert.ok(result.ok, `${result.ename}: ${result.evalue}`);
  const nb = JSON.parse(readFileSync(result.executed, "utf8")) as { cells: { outputs: any[] }[] };
  for (const cell of [nb.cells[1], nb.cells[2]]) {
    const displays = cell.outputs.filter((o) => o.output_type === "display_data");
    assert.is(displays.length, 1);
    const d = displays[0];
    assert.equal(Object.keys(d.data).sort(), [VEGALITE, "image/png", "text/plain"].sort());
    assert.is(d.data[VEGALITE].$schema, "https://vega.github.io/schema/vega-lite/v5.json");
    assert.is([].concat(d.data["text/plain"]).join(""), "<Figure size 640x480 with 1 Axes>");
    assert.match([].concat(d.data["image/png"]).join(""), /^iVBORw0KGgo[A-Za-z0-9+/=]+$/);
    const meta = d.metadata["image/png"];
    assert.ok(meta.width > 300 && meta.height > 200, JSON.stringify(meta));
  }
  // The Axes is the cell's value: Out[n] first, then its figure, as matplotlib's inline backend.
  assert.equal(nb.cells[2].outputs.map((o) => o.output_type), ["execute_result", "display_data"]);
  assert.is([].concat(nb.cells[2].outputs[0].data["text/plain"]).join(""), "<AxesSubplot: >");
});

test.run();
