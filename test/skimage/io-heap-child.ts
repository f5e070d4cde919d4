/**
 * Run by io.test.ts in a process of its own (see test/helpers/own-process.ts): a large JPEG is
 * decoded straight into the array heap, with the bytes sharp returns. Prints {inHeap, sameBytes}.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { skimage } from "../../src";
import { contiguousStorage } from "../../src/np/contiguous";
import { heapAddress } from "../../src/np/heap/heap";
import { IMAGES } from "./_helpers";

async function main(): Promise<void> {
  const path = join(IMAGES, "photo.jpg");
  const img = skimage.io.imread(path);
  const sharp = (await import("sharp")).default;
  const direct = await sharp(readFileSync(path), { ignoreIcc: true }).raw().toBuffer();
  const sameBytes = Buffer.compare(direct, Buffer.from(contiguousStorage(img) as Uint8Array)) === 0;
  console.log(JSON.stringify({ inHeap: heapAddress(img.data) >= 0, sameBytes }));
  process.exit(0); // the decoding worker thread would keep the process alive
}
void main();
