/**
 * Run by data.test.ts in a process of its own (see test/helpers/own-process.ts): every call of
 * a sample loader returns a fresh array, in the array heap when large, as other new arrays are.
 * Prints {inHeap, fresh, sameValues}.
 */
import { skimage } from "../../src";
import { heapAddress } from "../../src/np/heap/heap";

const first = skimage.data.camera();
const second = skimage.data.camera();
second.data[second.offset] = 7;
console.log(JSON.stringify({
  inHeap: heapAddress(first.data) >= 0 && heapAddress(skimage.data.astronaut().data) >= 0,
  fresh: first.data !== second.data && first.item(0, 0) !== 7,
  sameValues: skimage.data.camera().item(0, 0) === first.item(0, 0),
}));
process.exit(0); // the decoding worker thread would keep the process alive
