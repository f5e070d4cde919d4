/**
 * The image codec worker: runs sharp off the main thread so that io.imread / io.imsave can
 * block on it (through synckit) and stay synchronous, as they are in Python. sharp is loaded
 * here only, on first use.
 */
import { runAsWorker } from "synckit";
import type { Sharp, SharpOptions } from "sharp";
import { jpegFrame } from "./jpeg-frame";
import { BOMB_LIMIT, checkBomb } from "./bomb";

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

/**
 * Decode the file's `bytes` (read by the caller); `into`, when given, is shared memory sized
 * for the decoded samples, which the worker fills instead of sending samples back.
 */
export interface DecodeRequest {
  op: "decode";
  bytes: Uint8Array;
  into?: Uint8Array;
}

export type WorkerRequest = DecodeRequest | { op: "encode"; request: EncodeRequest };

/** A decoded image whose samples went into the request's `into` when `pixels` is absent. */
export type DecodeReply = Omit<DecodedImage, "pixels"> & { pixels?: DecodedImage["pixels"] };

/** Errors travel back as data so that the caller can name the file. */
export type WorkerReply =
  | { ok: true; image?: DecodeReply }
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
 * The samples in shared memory: a SharedArrayBuffer crosses to the calling thread without the
 * structured-clone copies an ordinary buffer would cost (two copies of the whole image).
 */
function shared(data: Buffer, sixteen: boolean): Uint8Array | Uint16Array {
  const sab = new SharedArrayBuffer(data.length);
  new Uint8Array(sab).set(data);
  return sixteen ? new Uint16Array(sab, 0, data.length >> 1) : new Uint8Array(sab);
}

async function decode(req: DecodeRequest): Promise<DecodeReply> {
  const sharp = await loadSharp();
  // limitInputPixels at Pillow's limit guards against decompression bombs (the header is checked
  // first, for Pillow's message); failOn "warning" (the default) rejects truncated files. No
  // auto-orientation (imageio does not rotate) and no ICC transform (imageio returns the
  // stored samples).
  const options: SharpOptions = { ignoreIcc: true, pages: 1, page: 0, limitInputPixels: BOMB_LIMIT };
  // sharp decodes from memory faster than from a path; the bytes arrive as a plain Uint8Array.
  const bytes = Buffer.from(req.bytes.buffer, req.bytes.byteOffset, req.bytes.byteLength);
  const frame = jpegFrame(bytes);
  const components = frame?.components;
  if (frame !== null) checkBomb(frame.width, frame.height);
  if (components === 1 || components === 3) {
    // A gray or colour JPEG (8-bit, no palette, no alpha): one decode, no metadata pass.
    // Other layouts (CMYK) take the general route below.
    const space = components === 1 ? "b-w" : "srgb";
    const { data, info } = await sharp(bytes, { ...options, sequentialRead: true }).toColourspace(space).raw().toBuffer({ resolveWithObject: true });
    const size = { height: info.height, width: info.width, channels: info.channels };
    if (req.into !== undefined && req.into.length === data.length) {
      req.into.set(data);
      return size;
    }
    return { pixels: shared(data, false), ...size };
  }
  // the header only, without the limit, so that a bomb is refused with Pillow's message
  const meta = await sharp(bytes, { ...options, limitInputPixels: false }).metadata();
  checkBomb(meta.width, meta.height);
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
    if (req.op === "decode") return { ok: true, image: await decode(req) };
    await encode(req.request);
    return { ok: true };
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
});
