/**
 * `skimage.data`: the sample images scikit-image ships, read from the package's data/skimage
 * folder with scikit-image's shapes and dtypes. Each image is decoded once per process; every
 * call returns a fresh copy, so changing it cannot affect later calls.
 */
import { join } from "node:path";
import { NDArray } from "../../np/ndarray";
import { imread, readImageFile } from "../io/imread";
import { Signature, pyfunction, signature } from "../../signature";
import { img_as_bool } from "../util/dtype";
import { uninitData } from "../../np/alloc";

/**
 * A fresh copy of a loaded sample, in the array heap when it is large (as every other new
 * array is), so the SIMD kernels take it in place.
 */
function freshCopy(img: NDArray): NDArray {
  const data = uninitData(img.dtype, img.size);
  data.set(img.data.subarray(img.offset, img.offset + img.size) as never);
  return NDArray.fromStorage(data, img.shape.slice(), img.dtype);
}

/** The folder holding the sample PNGs (package root data/skimage, from src/ or dist/). */
const DATA_DIR = join(__dirname, "..", "..", "..", "data", "skimage");

const cache = new Map<string, NDArray>();

/**
 * A sample image's loader, declared with its Python signature (no parameters). `as_gray_bool`
 * loads it as scikit-image does a mask: as_gray, then img_as_bool.
 */
function sample(name: string, file: string, as_gray_bool = false): () => NDArray {
  const sig: Signature = signature(`skimage.data.${name}()`);
  const fn = function (): NDArray {
    // a call with arguments gets CPython's TypeError for a function that takes none
    if (arguments.length > 0) sig.bind(arguments);
    return as_gray_bool ? loadMask(file) : load(file);
  };
  Object.defineProperty(fn, "name", { value: name });
  return pyfunction(sig, fn);
}

/** A silhouette stored as RGBA: gray (alpha over white), then True above one half. */
function loadMask(name: string): NDArray {
  let mask = cache.get(`mask:${name}`);
  if (mask === undefined) {
    mask = img_as_bool(imread(join(DATA_DIR, name), { as_gray: true }));
    cache.set(`mask:${name}`, mask);
  }
  return freshCopy(mask);
}

function load(name: string): NDArray {
  let img = cache.get(name);
  if (img === undefined) {
    img = readImageFile(join(DATA_DIR, name));
    cache.set(name, img);
  }
  return freshCopy(img);
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

/** `skimage.data.brick()`: a brick wall, (512, 512) uint8, gray. CC0 (CC0Textures). */
export const brick = sample("brick", "brick.png");

/** `skimage.data.cell()`: a cell floating in saline, quantitative phase, (660, 550) uint8. CC0. */
export const cell = sample("cell", "cell.png");

/** `skimage.data.clock()`: a motion-blurred wall clock, (300, 400) uint8. Public domain. */
export const clock = sample("clock", "clock_motion.png");

/** `skimage.data.grass()`: grass, (512, 512) uint8, gray. CC0. */
export const grass = sample("grass", "grass.png");

/** `skimage.data.gravel()`: gravel, (512, 512) uint8, gray. CC0 (CC0Textures). */
export const gravel = sample("gravel", "gravel.png");

/** `skimage.data.horse()`: a horse's silhouette, (328, 400) bool. CC0 (openclipart). */
export const horse = sample("horse", "horse.png", true);

/** `skimage.data.hubble_deep_field()`: Hubble eXtreme Deep Field, (872, 1000, 3) uint8. Public domain (NASA). */
export const hubble_deep_field = sample("hubble_deep_field", "hubble_deep_field.jpg");

/** `skimage.data.immunohistochemistry()`: IHC staining, (512, 512, 3) uint8. No known copyright restrictions. */
export const immunohistochemistry = sample("immunohistochemistry", "ihc.png");

/** `skimage.data.microaneurysms()`: retina detail with lesions, (102, 102) uint8. CC0. */
export const microaneurysms = sample("microaneurysms", "microaneurysms.png");

/** `skimage.data.retina()`: a human retina, (1411, 1411, 3) uint8. CC0 (Wikimedia). */
export const retina = sample("retina", "retina.jpg");

/** `skimage.data.rocket()`: DSCOVR's launch on Falcon 9, (427, 640, 3) uint8. Public domain (SpaceX). */
export const rocket = sample("rocket", "rocket.jpg");

/** `skimage.data.text()`: text for corner detection, (172, 448) uint8. Public domain. */
export const text = sample("text", "text.png");
/** `skimage.data.checkerboard()`: a checkerboard, (200, 200) uint8, gray (scikit-image's chessboard_GRAY.png). */
export const checkerboard = sample("checkerboard", "chessboard_GRAY.png");

export { binary_blobs, shepp_logan_phantom } from "./generated";
export type { BinaryBlobsOptions } from "./generated";
