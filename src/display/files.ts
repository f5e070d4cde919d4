/**
 * Figures outside a notebook: show() writes figure-N.png and figure-N.vl.json into the
 * current directory (or $TSLAB_SCI_FIGURES_DIR) and prints their paths; savefig writes one
 * file by extension.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { ValueError } from "../errors";
import { figureBundle } from "./bundle";
import { publish } from "./kernel";
import { renderPng, renderSvg } from "./render";

/** Where show() writes figures outside a notebook. */
export function figuresDir(): string {
  return resolve(process.env.TSLAB_SCI_FIGURES_DIR || process.cwd());
}

/** Shows a figure: one display_data bundle in a tslab kernel, else files whose paths are printed. */
export function showFigure(spec: object, text: string, number: number): string[] {
  const bundle = figureBundle(spec, text);
  if (publish(bundle)) return [];
  const dir = figuresDir();
  mkdirSync(dir, { recursive: true });
  const png = join(dir, `figure-${number}.png`);
  const json = join(dir, `figure-${number}.vl.json`);
  // A figure with photos has a JPEG static image in its bundle; the file is a PNG all the same.
  const encoded = bundle.data["image/png"] as string | undefined;
  writeFileSync(png, encoded !== undefined ? Buffer.from(encoded, "base64") : renderPng(spec, 2).png);
  writeFileSync(json, JSON.stringify(spec, null, 2) + "\n");
  console.log(`${text} written to ${png} and ${json}`);
  return [png, json];
}

/** Writes a figure to a .png (at `scale` px per CSS px), .svg or .json (the Vega-Lite spec). */
export function saveFigure(spec: object, path: string, scale = 1): void {
  const ext = extname(path).toLowerCase();
  if (ext === ".png") writeFileSync(path, renderPng(spec, scale).png);
  else if (ext === ".svg") writeFileSync(path, renderSvg(spec).svg);
  else if (ext === ".json") writeFileSync(path, JSON.stringify(spec, null, 2) + "\n");
  else {
    throw new ValueError(`Format ${JSON.stringify(ext.slice(1)).replace(/"/g, "'")} is not supported (supported formats: json, png, svg)`);
  }
}
