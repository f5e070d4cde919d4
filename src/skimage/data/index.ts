/**
 * `skimage.data`: the sample images scikit-image ships, read from the package's data/skimage
 * folder with scikit-image's shapes and dtypes. Each image is decoded once per process; every
 * call returns a fresh copy, so changing it cannot affect later calls.
 */
import { join } from "node:path";
import { NDArray } from "../../np/ndarray";
import { readImageFile } from "../io/imread";
import { Signature, pyfunction, signature } from "../../signature";

/** The folder holding the sample PNGs (package root data/skimage, from src/ or dist/). */
const DATA_DIR = join(__dirname, "..", "..", "..", "data", "skimage");

const cache = new Map<string, NDArray>();

/** A sample image's loader, declared with its Python signature (no parameters). */
function sample(name: string, file: string): () => NDArray {
  const sig: Signature = signature(`skimage.data.${name}()`);
  const fn = function (): NDArray {
    // a call with arguments gets CPython's TypeError for a function that takes none
    if (arguments.length > 0) sig.bind(arguments);
    return load(file);
  };
  Object.defineProperty(fn, "name", { value: name });
  return pyfunction(sig, fn);
}

function load(name: string): NDArray {
  let img = cache.get(name);
  if (img === undefined) {
    img = readImageFile(join(DATA_DIR, name));
    cache.set(name, img);
  }
  return NDArray.fromStorage(img.data.slice(), img.shape.slice(), img.dtype);
}

/** `skimage.data.camera()`: the cameraman-style photograph, (512, 512) uint8, gray. CC0. */
export const camera = sample("camera", "camera.png");

/** `skimage.data.astronaut()`: astronaut Eileen Collins, (512, 512, 3) uint8 RGB. Public domain (NASA). */
export const astronaut = sample("astronaut", "astronaut.png");

/** `skimage.data.chelsea()`: Chelsea the cat, (300, 451, 3) uint8 RGB. CC0. */
export const chelsea = sample("chelsea", "chelsea.png");

/** `skimage.data.cat()`: alias of chelsea(), (300, 451, 3) uint8 RGB. */
export const cat = sample("cat", "chelsea.png");

/** `skimage.data.coffee()`: a cup of coffee, (400, 600, 3) uint8 RGB. CC0. */
export const coffee = sample("coffee", "coffee.png");

/** `skimage.data.coins()`: Greek coins from Pompeii, (303, 384) uint8, gray. */
export const coins = sample("coins", "coins.png");

/** `skimage.data.checkerboard()`: a checkerboard, (200, 200) uint8, gray (scikit-image's chessboard_GRAY.png). */
export const checkerboard = sample("checkerboard", "chessboard_GRAY.png");

export { binary_blobs, shepp_logan_phantom } from "./generated";
export type { BinaryBlobsOptions } from "./generated";
