/** MIME bundles: a figure's (Vega-Lite + retina PNG + text) and an array's (text). */
import type { MimeBundle } from "./kernel";
import { renderBundleImage } from "./render";

export const VEGALITE_MIME = "application/vnd.vegalite.v5+json";

/**
 * The display bundle of a figure: the Vega-Lite spec as a JSON object, a static image rendered
 * at 2x (base64, no newlines) with metadata width/height halved as IPython does for retina, and
 * the text repr. No text/html, which JupyterLab would prefer to the chart. The image is a PNG,
 * or a JPEG when the figure shows photos, which the spec then carries as JPEG too (photos.ts).
 */
export function figureBundle(spec: object, text: string): MimeBundle {
  const { png, width, height, spec: compact, mime } = renderBundleImage(spec, 2);
  return {
    data: { [VEGALITE_MIME]: compact, [mime]: png.toString("base64"), "text/plain": text },
    metadata: { [mime]: { width: Math.round(width / 2), height: Math.round(height / 2) } },
  };
}

/** The MIME data of an array's display in other JavaScript kernels (Deno, IJavascript). */
export function ndarrayMimeBundle(text: string): Record<string, string> {
  return { "text/plain": text };
}
