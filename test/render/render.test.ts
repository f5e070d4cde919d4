/**
 * What a user sees: every snapshot spec of test/plt rendered in headless Chromium with
 * the renderer versions JupyterLab 4 ships (vega-embed 6.21.3, vega-lite 5.6.1, vega 5.33.0,
 * pinned as the *-jlab devDependencies) (no console errors or warnings, the
 * expected marks in the scene graph), and the static PNG the kernel sends compared with the
 * committed reference PNGs (test/render/reference; UPDATE_SNAPSHOTS=1 rewrites them).
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";

/** What JupyterLab 4's Vega-Lite renderer bundles. */
const JUPYTERLAB_RENDERERS = { vega: "5.33.0", vegaLite: "5.6.1", vegaEmbed: "6.21.3" };
import type { BrowserContext, Page } from "playwright-core";
import { renderPng } from "../../src/display";
import { FIGURES } from "../plt/figures";

const SNAPSHOTS = join(__dirname, "..", "plt", "snapshots");
const REFERENCE = join(__dirname, "reference");
const CHROMIUM = "/usr/bin/chromium";
const MODULES = join(__dirname, "..", "..", "node_modules");

let context: BrowserContext | undefined;
let page: Page | undefined;
let profile = "";
const messages: string[] = [];

test.before(async () => {
  const { chromium } = await import("playwright-core");
  profile = mkdtempSync(join(tmpdir(), "tslab-sci-chromium-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  page = await context.newPage();
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") messages.push(`${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => messages.push(`pageerror: ${e.message}`));
  await page.setContent("<!doctype html><html><body><div id='vis'></div></body></html>");
  for (const file of ["vega-jlab/build/vega.min.js", "vega-lite-jlab/build/vega-lite.min.js", "vega-embed-jlab/build/vega-embed.min.js"]) {
    await page.addScriptTag({ path: join(MODULES, file) });
  }
});

test.after(async () => {
  await context?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

interface SceneSummary {
  /** Data-mark scenes with at least one item, by Vega mark type. */
  layers: Record<string, number>;
  images: { width: number; height: number }[];
  width: number;
  height: number;
  versions: Record<string, string>;
}

/**
 * Runs in the page. Kept as source text: the test runner's transpiler adds helpers (__name)
 * to functions that do not exist in the browser.
 */
const EMBED_AND_SUMMARISE = `async (s) => {
  const el = document.getElementById("vis");
  el.innerHTML = "";
  const result = await vegaEmbed(el, s, { renderer: "svg", actions: false });
  await result.view.runAsync();
  const layers = {};
  const images = [];
  const walk = (node) => {
    if (!node) return;
    if (node.marktype && node.role === "mark" && Array.isArray(node.items) && node.items.length > 0) {
      layers[node.marktype] = (layers[node.marktype] || 0) + 1;
      if (node.marktype === "image") for (const it of node.items) images.push({ width: Math.abs(it.width), height: Math.abs(it.height) });
    }
    for (const it of node.items || []) if (it.items) for (const child of it.items) walk(child);
  };
  walk(result.view.scenegraph().root);
  const summary = { layers, images, width: result.view.width(), height: result.view.height(),
    versions: { vega: vega.version, vegaLite: vegaLite.version, vegaEmbed: vegaEmbed.version } };
  result.finalize();
  return summary;
}`;

async function renderInBrowser(spec: unknown): Promise<SceneSummary> {
  if (!page) throw new Error("no browser page");
  return (await page.evaluate(`(${EMBED_AND_SUMMARISE})(${JSON.stringify(spec)})`)) as SceneSummary;
}

for (const [name, c] of Object.entries(FIGURES)) {
  test(`${name}: renders in Chromium with the expected marks`, async () => {
    const spec = JSON.parse(readFileSync(join(SNAPSHOTS, `${name}.vl.json`), "utf8"));
    messages.length = 0;
    const scene = await renderInBrowser(spec);
    assert.equal(messages, [], "no console errors or warnings");
    assert.equal(scene.layers, c.marks);
    for (const im of scene.images) assert.ok(im.width > 10 && im.height > 10, `image drawn at ${im.width}x${im.height}`);
    assert.equal(scene.versions, JUPYTERLAB_RENDERERS);
  });

  test(`${name}: static PNG matches the reference`, async () => {
    const spec = JSON.parse(readFileSync(join(SNAPSHOTS, `${name}.vl.json`), "utf8"));
    const { png } = renderPng(spec, 1);
    const ref = join(REFERENCE, `${name}.png`);
    if (process.env.UPDATE_SNAPSHOTS === "1" || !existsSync(ref)) {
      mkdirSync(REFERENCE, { recursive: true });
      writeFileSync(ref, png);
    }
    const a = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const b = await sharp(ref).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    assert.equal([a.info.width, a.info.height], [b.info.width, b.info.height], "same size");
    let off = 0;
    for (let i = 0; i < a.data.length; i += 4) {
      if (Math.abs(a.data[i] - b.data[i]) > 24 || Math.abs(a.data[i + 1] - b.data[i + 1]) > 24 || Math.abs(a.data[i + 2] - b.data[i + 2]) > 24) off++;
    }
    const frac = off / (a.data.length / 4);
    assert.ok(frac < 0.005, `${(frac * 100).toFixed(2)}% of pixels differ`);
  });
}

test("the tutorial's 1x3 figure: three images side by side, aspect kept", async () => {
  const spec = JSON.parse(readFileSync(join(SNAPSHOTS, "tutorial_subplots.vl.json"), "utf8"));
  const scene = await renderInBrowser(spec);
  assert.is(scene.images.length, 3);
  const [, second] = scene.images;
  assert.ok(Math.abs(second.width / second.height - 0.8) < 0.03, `aspect ${second.width / second.height}`);
});

test.run();
