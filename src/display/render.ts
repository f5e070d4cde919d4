/**
 * Synchronous figure rendering: blocks on the renderer worker (worker.ts) through synckit, so
 * plt.show() and savefig() finish before they return. The worker starts on the first figure,
 * or earlier through startRenderer(); it runs from src/ under tsx (TypeScript) or from the
 * compiled dist/.
 */
import type { RenderReply, RenderRequest } from "./worker";
import { syncWorker } from "../sync-worker";

/** How long one figure may take to render before it is abandoned (ms). */
const TIMEOUT_MS = 120_000;

const callWorker = syncWorker<RenderRequest, RenderReply>(__dirname, "worker", TIMEOUT_MS);

/**
 * Starts the renderer's thread now, without waiting: it loads vega, vega-lite and sharp on its
 * own core while this thread goes on, so the first figure does not wait for them. The kernel
 * calls it while it waits for its first cell.
 */
export function startRenderer(): void {
  callWorker.start();
}

/** A rendered PNG and its pixel size. */
export interface RenderedPng {
  png: Buffer;
  width: number;
  height: number;
}

/** Renders a Vega-Lite spec to PNG at `scale` pixels per CSS px. */
export function renderPng(spec: object, scale = 2): RenderedPng {
  const reply = callWorker({ spec, format: "png", scale });
  if (!reply.ok) throw new Error(`rendering the figure failed: ${reply.message}`);
  const png = reply.png as Uint8Array;
  return { png: Buffer.from(png.buffer, png.byteOffset, png.byteLength), width: reply.width, height: reply.height };
}

/** A figure's notebook image: PNG, or JPEG when it shows photos, which its spec then carries as JPEG. */
export interface RenderedBundle extends RenderedPng {
  spec: object;
  mime: "image/png" | "image/jpeg";
}

/** Renders the static image of a notebook bundle at `scale` (see worker.ts renderBundle). */
export function renderBundleImage(spec: object, scale = 2): RenderedBundle {
  const reply = callWorker({ spec, format: "bundle", scale });
  if (!reply.ok) throw new Error(`rendering the figure failed: ${reply.message}`);
  const image = reply.png as Uint8Array;
  return { png: Buffer.from(image.buffer, image.byteOffset, image.byteLength), width: reply.width, height: reply.height, spec: reply.spec ?? spec, mime: reply.mime ?? "image/png" };
}

/** Renders a Vega-Lite spec to an SVG document. */
export function renderSvg(spec: object): { svg: string; width: number; height: number } {
  const reply = callWorker({ spec, format: "svg", scale: 1 });
  if (!reply.ok) throw new Error(`rendering the figure failed: ${reply.message}`);
  return { svg: reply.svg as string, width: reply.width, height: reply.height };
}
