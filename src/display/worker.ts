/**
 * The figure renderer worker: Vega-Lite spec -> Vega -> SVG (vega's headless renderer) -> PNG
 * (sharp, at `scale` x 72 dpi density). vega, vega-lite and sharp are loaded here, when the
 * thread starts (the first figure, or the kernel's warm-up), never at package import. Called synchronously through synckit (render.ts).
 */
import { runAsWorker } from "synckit";
import { withJpegPhotos } from "./photos";

/** What to render. "bundle": a notebook's static image, with photos made JPEG (see photos.ts). */
export interface RenderRequest {
  spec: object;
  format: "svg" | "png" | "bundle";
  /** PNG pixels per CSS px (2 for retina). */
  scale: number;
}

/** The rendered figure, or the reason it failed. */
export type RenderReply =
  | { ok: true; svg?: string; png?: Uint8Array; width: number; height: number; spec?: object; mime?: "image/png" | "image/jpeg" }
  | { ok: false; message: string };

type VegaLite = { compile(spec: object): { spec: object } };
type VegaView = { toSVG(): Promise<string>; finalize(): void; width(): number; height(): number; runAsync(): Promise<unknown> };
type Vega = { View: new (runtime: unknown, opts: object) => VegaView; parse(spec: object): unknown };
type Encoded = { toBuffer(o: { resolveWithObject: true }): Promise<{ data: Buffer; info: { width: number; height: number } }> };
type SharpLike = (input: Buffer, opts?: object) => { png(o?: object): Encoded; jpeg(o?: object): Encoded; flatten(o?: object): { jpeg(o?: object): Encoded } };

let libs: { vl: VegaLite; vega: Vega } | undefined;
let sharpFn: SharpLike | undefined;

function loadVega(): { vl: VegaLite; vega: Vega } {
  if (libs === undefined) {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    libs = { vl: require("vega-lite") as VegaLite, vega: require("vega") as Vega };
  }
  return libs;
}

async function loadSharp(): Promise<SharpLike> {
  if (sharpFn === undefined) {
    const mod = (await import("sharp")) as unknown as { default?: SharpLike };
    const factory = mod.default ?? (mod as unknown as SharpLike);
    // No operation cache: every figure is new, so libvips' cache (up to 50 MB) would only hold memory.
    (factory as unknown as { cache(on: boolean): void }).cache(false);
    sharpFn = factory;
  }
  return sharpFn;
}

/** The SVG of a Vega-Lite spec and its size in CSS px. */
export async function toSvg(spec: object): Promise<{ svg: string; width: number; height: number }> {
  const { vl, vega } = loadVega();
  const compiled = vl.compile(spec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none", logLevel: 1 });
  try {
    const svg = await view.toSVG();
    const m = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg);
    const width = m ? Number(m[1]) : 0;
    const height = m ? Number(m[2]) : 0;
    return { svg, width, height };
  } finally {
    view.finalize();
  }
}

// The libraries load as soon as the thread starts, not on the first request: the thread may be
// started ahead of the first figure (render.ts startRenderer), and then they are ready by then.
setImmediate(() => {
  loadVega();
  loadSharp().catch(() => undefined); // a failure surfaces on the first PNG
});

async function render(req: RenderRequest): Promise<RenderReply> {
  if (req.format === "bundle") return renderBundle(req);
  const { svg, width, height } = await toSvg(req.spec);
  if (req.format === "svg") return { ok: true, svg, width, height };
  const sharp = await loadSharp();
  const { data, info } = await sharp(Buffer.from(svg), { density: 72 * req.scale })
    // Per-row adaptive filters: a third smaller for photographs (notebooks stay light) for a
    // few tens of ms; a low zlib level keeps show() fast.
    .png({ compressionLevel: 3, adaptiveFiltering: true })
    .toBuffer({ resolveWithObject: true });
  return { ok: true, png: new Uint8Array(data.buffer, data.byteOffset, data.length), width: info.width, height: info.height };
}

/**
 * A notebook bundle's image: when the figure shows photos, they go into the spec as JPEG and the
 * static render is a JPEG too (a photo stored as PNG twice would weigh megabytes per figure).
 */
async function renderBundle(req: RenderRequest): Promise<RenderReply> {
  const sharp = await loadSharp();
  const toJpeg = async (png: Buffer) => (await sharp(png).flatten({ background: "#ffffff" }).jpeg({ quality: 90 }).toBuffer({ resolveWithObject: true })).data;
  const { spec, photos } = await withJpegPhotos(req.spec, toJpeg);
  if (photos === 0) {
    const reply = await render({ spec, format: "png", scale: req.scale });
    return reply.ok ? { ...reply, spec, mime: "image/png" } : reply;
  }
  const { svg } = await toSvg(spec);
  const { data, info } = await sharp(Buffer.from(svg), { density: 72 * req.scale }).flatten({ background: "#ffffff" }).jpeg({ quality: 85 }).toBuffer({ resolveWithObject: true });
  return { ok: true, png: new Uint8Array(data.buffer, data.byteOffset, data.length), width: info.width, height: info.height, spec, mime: "image/jpeg" };
}

runAsWorker(async (req: RenderRequest): Promise<RenderReply> => {
  try {
    return await render(req);
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
});
