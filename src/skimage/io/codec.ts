/**
 * Synchronous access to the sharp worker (worker.ts): decodeSync / encodeSync block until the
 * worker answers. The worker thread starts on first use; nothing here loads sharp itself.
 */
import { readFileSync } from "node:fs";
import type { DecodedImage, EncodeRequest, WorkerReply, WorkerRequest } from "./worker";
import { syncWorker } from "../../sync-worker";
import { heapArray } from "../../np/heap/heap";
import { jpegFrame } from "./jpeg-frame";

/** How long one decode or encode may take before it is abandoned (ms). */
const TIMEOUT_MS = 120_000;

const callWorker = syncWorker<WorkerRequest, WorkerReply>(__dirname, "worker", TIMEOUT_MS);

/**
 * Shared memory for the samples of an 8-bit gray or colour JPEG, sized from its frame header:
 * a block of the array heap, which the worker fills in place. Null for other files.
 */
function samplesBlock(bytes: Uint8Array): Uint8Array | null {
  const frame = jpegFrame(bytes);
  if (frame === null || frame.precision !== 8 || (frame.components !== 1 && frame.components !== 3)) return null;
  return heapArray(Uint8Array, frame.height * frame.width * frame.components);
}

/** Decodes an image file; throws Error(message) with sharp's reason on failure. */
export function decodeSync(path: string): DecodedImage {
  const bytes = readFileSync(path);
  const into = samplesBlock(bytes);
  const reply = callWorker({ op: "decode", bytes, into: into ?? undefined });
  if (!reply.ok) throw new Error(reply.message);
  const image = reply.image;
  if (image === undefined) throw new Error("the decoder returned no image");
  const pixels = image.pixels ?? into;
  if (pixels === null) throw new Error("the decoder returned no samples");
  return { ...image, pixels };
}

/** Encodes raw samples to a file; throws Error(message) with sharp's reason on failure. */
export function encodeSync(request: EncodeRequest): void {
  const reply = callWorker({ op: "encode", request });
  if (!reply.ok) throw new Error(reply.message);
}
