/**
 * The image codec worker: runs sharp off the main thread so that io.imread / io.imsave can
 * block on it (through synckit) and stay synchronous, as they are in Python. sharp is loaded
 * here only, on first use.
 */
import { readFileSync } from "node:fs";
import { runAsWorker } from "synckit";
import type { Sharp, SharpOptions } from "sharp";

/** A decoded image: C-ordered samples, (height, width, channels). */
export interface DecodedImage {
  pixels: Uint8Array | Uint16Array;
  height: number;
  width: number;
  channels: number;
}

/** Raw samples to encode, C-ordered (height, width, channels). */
export interface EncodeRequest {
  path: string;
  format: "png" | "jpeg" | "webp" | "tiff" | "gif" | "avif";
  pixels: Uint8Array | Uint16Array;
  height: number;
  width: number;
  channels: number;
  quality?: number;
}

export type WorkerRequest =
  | { op: "decode"; path: string }
  | { op: "encode"; request: EncodeRequest };

/** Errors travel back as data so that the caller can name the file. */
export type WorkerReply =
  | { ok: true; image?: DecodedImage }
  | { ok: false; message: string };

type SharpFactory = (input?: string | Buffer | Uint8Array | Uint16Array, options?: SharpOptions) => Sharp;
let sharpFactory: SharpFactory | undefined;

async function loadSharp(): Promise<SharpFactory> {
  if (sharpFactory === undefined) {
    const mod = await import("sharp");
    const factory = (mod as unknown as { default?: SharpFactory }).default ?? (mod as unknown as SharpFactory);
    // No operation cache: a file rewritten on disk must read back as it is now, as in Python.
    (factory as unknown as { cache(on: boolean): void }).cache(false);
    sharpFactory = factory;
  }
  return sharpFactory;
}

/**
 * The number of colour components a baseline or progressive JPEG declares in its frame header
 * (SOFn), or 0 when the bytes are not a JPEG or the header is not found where expected.
 */
function jpegComponents(bytes: Buffer): number {
  if (bytes.length < 3 || bytes[0] !== 0xff || bytes[1] !== 0xd8 || bytes[2] !== 0xff) return 0;
  let pos = 2;
  for (let segments = 0; segments < 64; segments++) {
    if (pos + 4 > bytes.length || bytes[pos] !== 0xff) return 0;
    const marker = bytes[pos + 1];
    if (marker === 0xff) {
      pos += 1; // fill byte
      continue;
    }
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return pos + 10 <= bytes.length ? bytes[pos + 9] : 0;
    if (marker === 0xd9 || marker === 0xda) return 0; // end of image / scan before a frame header
    pos += 2 + bytes.readUInt16BE(pos + 2);
  }
  return 0;
}

/**
 * The samples in shared memory: a SharedArrayBuffer crosses to the calling thread without the
 * structured-clone copies an ordinary buffer would cost (two copies of the whole image).
 */
function shared(data: Buffer, sixteen: boolean): Uint8Array | Uint16Array {
  const sab = new SharedArrayBuffer(data.length);
  new Uint8Array(sab).set(data);
  return sixteen ? new Uint16Array(sab, 0, data.length >> 1) : new Uint8Array(sab);
}

async function decode(path: string): Promise<DecodedImage> {
  const sharp = await loadSharp();
  // Defaults kept on purpose: limitInputPixels guards against decompression bombs and
  // failOn "warning" rejects truncated files. No auto-orientation (imageio does not rotate)
  // and no ICC transform (imageio returns the stored samples).
  const options: SharpOptions = { ignoreIcc: true, pages: 1, page: 0 };
  // The file's bytes in one read: sharp decodes from memory faster than from a path.
  const bytes = readFileSync(path);
  const components = jpegComponents(bytes);
  if (components === 1 || components === 3) {
    // A gray or colour JPEG (8-bit, no palette, no alpha): one decode, no metadata pass.
    // Other layouts (CMYK) take the general route below.
    const space = components === 1 ? "b-w" : "srgb";
    const { data, info } = await sharp(bytes, { ...options, sequentialRead: true }).toColourspace(space).raw().toBuffer({ resolveWithObject: true });
    return { pixels: shared(data, false), height: info.height, width: info.width, channels: info.channels };
  }
  const meta = await sharp(bytes, options).metadata();
  const sixteen = meta.depth === "ushort";
  const gray = meta.space === "b-w" || meta.space === "grey16";
  const inChannels = meta.channels ?? 3;
  let pipeline = sharp(bytes, options);
  let channels: number;
  if (meta.isPalette || meta.format === "gif" || (gray && inChannels === 2 && !sixteen)) {
    // imageio expands palette images, GIFs and gray+alpha to RGBA.
    pipeline = pipeline.toColourspace("srgb").ensureAlpha();
    channels = 4;
  } else if (gray) {
    pipeline = pipeline.toColourspace(sixteen ? "grey16" : "b-w");
    channels = inChannels === 2 ? 2 : 1;
  } else {
    pipeline = pipeline.toColourspace(sixteen ? "rgb16" : "srgb");
    channels = meta.hasAlpha ? 4 : 3;
  }
  const { data, info } = await pipeline.raw({ depth: sixteen ? "ushort" : "uchar" }).toBuffer({ resolveWithObject: true });
  if (info.channels !== channels) channels = info.channels;
  return { pixels: shared(data, sixteen), height: info.height, width: info.width, channels };
}

async function encode(req: EncodeRequest): Promise<void> {
  const sharp = await loadSharp();
  const sixteen = req.pixels instanceof Uint16Array;
  // sharp takes the raw sample depth from the TypedArray's type (Uint16Array: 16 bits).
  const input = sixteen ? req.pixels : Buffer.from(req.pixels.buffer, req.pixels.byteOffset, req.pixels.byteLength);
  let pipeline = sharp(input, {
    raw: { width: req.width, height: req.height, channels: req.channels as 1 | 2 | 3 | 4 },
  });
  const gray = req.channels <= 2;
  if (sixteen) pipeline = pipeline.toColourspace(gray ? "grey16" : "rgb16");
  else if (gray) pipeline = pipeline.toColourspace("b-w");
  const quality = req.quality;
  switch (req.format) {
    case "png":
      pipeline = pipeline.png();
      break;
    case "jpeg":
      pipeline = pipeline.jpeg({ quality: quality ?? 75 });
      break;
    case "webp":
      pipeline = pipeline.webp({ quality: quality ?? 80 });
      break;
    case "tiff":
      pipeline = pipeline.tiff({ compression: "lzw" });
      break;
    case "gif":
      pipeline = pipeline.gif();
      break;
    case "avif":
      pipeline = pipeline.avif(quality === undefined ? {} : { quality });
      break;
  }
  await pipeline.toFile(req.path);
}

runAsWorker(async (req: WorkerRequest): Promise<WorkerReply> => {
  try {
    if (req.op === "decode") return { ok: true, image: await decode(req.path) };
    await encode(req.request);
    return { ok: true };
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
});
