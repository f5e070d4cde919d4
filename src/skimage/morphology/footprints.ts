/**
 * `skimage.morphology` footprints (0.19): square, rectangle, diamond, disk, ellipse, cube,
 * octahedron, ball, octagon, star. Each returns a 0/1 array of `dtype` (default uint8).
 */
import { NDArray } from "../../np/ndarray";
import { DType, DTypeLike, dtype as toDType, uint8 } from "../../np/dtype";
import { DTYPE } from "../../np/params";
import { PyArgs, pyfunction, signature } from "../../signature";
import { hullMask } from "./convex_hull";

const DEFAULTS = { defaults: { dtype: uint8 } };
const SQUARE = signature("skimage.morphology.square(width, dtype=numpy.uint8)", { types: { width: "int", dtype: DTYPE }, ...DEFAULTS });
const RECTANGLE = signature("skimage.morphology.rectangle(nrows, ncols, dtype=numpy.uint8)", { types: { nrows: "int", ncols: "int", dtype: DTYPE }, ...DEFAULTS });
const DIAMOND = signature("skimage.morphology.diamond(radius, dtype=numpy.uint8)", { types: { radius: "int", dtype: DTYPE }, ...DEFAULTS });
const DISK = signature("skimage.morphology.disk(radius, dtype=numpy.uint8)", { types: { radius: "int", dtype: DTYPE }, ...DEFAULTS });
const ELLIPSE = signature("skimage.morphology.footprints.ellipse(width, height, dtype=numpy.uint8)", { types: { width: "int", height: "int", dtype: DTYPE }, ...DEFAULTS });
const CUBE = signature("skimage.morphology.cube(width, dtype=numpy.uint8)", { types: { width: "int", dtype: DTYPE }, ...DEFAULTS });
const OCTAHEDRON = signature("skimage.morphology.octahedron(radius, dtype=numpy.uint8)", { types: { radius: "int", dtype: DTYPE }, ...DEFAULTS });
const BALL = signature("skimage.morphology.ball(radius, dtype=numpy.uint8)", { types: { radius: "int", dtype: DTYPE }, ...DEFAULTS });
const OCTAGON = signature("skimage.morphology.octagon(m, n, dtype=numpy.uint8)", { types: { m: "int", n: "int", dtype: DTYPE }, ...DEFAULTS });
const STAR = signature("skimage.morphology.star(a, dtype=numpy.uint8)", { types: { a: "int", dtype: DTYPE }, ...DEFAULTS });

type DT = { dtype?: DTypeLike };

function build(shape: number[], dt: DTypeLike, on: (idx: number[]) => boolean): NDArray {
  const d: DType = toDType(dt);
  const n = shape.reduce((a, b) => a * b, 1);
  const data = new d.storage(n);
  const idx = new Array<number>(shape.length).fill(0);
  for (let i = 0; i < n; i++) {
    data[i] = on(idx) ? 1 : 0;
    for (let a = shape.length - 1; a >= 0; a--) {
      if (++idx[a] < shape[a]) break;
      idx[a] = 0;
    }
  }
  return NDArray.fromStorage(data, shape, d);
}

/** `skimage.morphology.square(width, dtype=numpy.uint8)`: a width x width block of ones. */
export function square(width: number, ...rest: PyArgs<[dtype: DTypeLike, options: DT], DT>): NDArray;
export function square(...args: unknown[]): NDArray {
  const { width, dtype } = SQUARE.bind(args);
  return build([width, width], dtype, () => true);
}
pyfunction(SQUARE, square);

/** `skimage.morphology.rectangle(nrows, ncols, dtype=numpy.uint8)`: an nrows x ncols block of ones. */
export function rectangle(nrows: number, ncols: number, ...rest: PyArgs<[dtype: DTypeLike, options: DT], DT>): NDArray;
export function rectangle(...args: unknown[]): NDArray {
  const { nrows, ncols, dtype } = RECTANGLE.bind(args);
  return build([nrows, ncols], dtype, () => true);
}
pyfunction(RECTANGLE, rectangle);

/** `skimage.morphology.diamond(radius, dtype=numpy.uint8)`: |r - radius| + |c - radius| <= radius. */
export function diamond(radius: number, ...rest: PyArgs<[dtype: DTypeLike, options: DT], DT>): NDArray;
export function diamond(...args: unknown[]): NDArray {
  const { radius, dtype } = DIAMOND.bind(args);
  const n = Math.max(2 * radius + 1, 0);
  return build([n, n], dtype, ([r, c]) => Math.abs(r - radius) + Math.abs(c - radius) <= radius);
}
pyfunction(DIAMOND, diamond);

/** `skimage.morphology.disk(radius, dtype=numpy.uint8)`: x^2 + y^2 <= radius^2 on a (2r+1)^2 grid. */
export function disk(radius: number, ...rest: PyArgs<[dtype: DTypeLike, options: DT], DT>): NDArray;
export function disk(...args: unknown[]): NDArray {
  const { radius, dtype } = DISK.bind(args);
  const n = Math.max(2 * radius + 1, 0);
  return build([n, n], dtype, ([r, c]) => (r - radius) ** 2 + (c - radius) ** 2 <= radius * radius);
}
pyfunction(DISK, disk);

/**
 * `skimage.morphology.footprints.ellipse(width, height, dtype=numpy.uint8)` (not re-exported by
 * skimage.morphology in 0.19): a (2 height + 1, 2 width + 1)
 * array holding draw.ellipse(height, width, height + 1, width + 1).
 */
export function ellipse(width: number, height: number, ...rest: PyArgs<[dtype: DTypeLike, options: DT], DT>): NDArray;
export function ellipse(...args: unknown[]): NDArray {
  const { width, height, dtype } = ELLIPSE.bind(args);
  return build([2 * height + 1, 2 * width + 1], dtype, ([r, c]) => ((r - height) / (height + 1)) ** 2 + ((c - width) / (width + 1)) ** 2 < 1);
}
pyfunction(ELLIPSE, ellipse);

/** `skimage.morphology.cube(width, dtype=numpy.uint8)`: a width^3 block of ones. */
export function cube(width: number, ...rest: PyArgs<[dtype: DTypeLike, options: DT], DT>): NDArray;
export function cube(...args: unknown[]): NDArray {
  const { width, dtype } = CUBE.bind(args);
  return build([width, width, width], dtype, () => true);
}
pyfunction(CUBE, cube);

/** The grid -radius..radius in n steps, as np.mgrid[-r:r:n*1j] computes it. */
function mgridValue(radius: number, n: number, k: number): number {
  if (n === 1) return -radius;
  const step = (2 * radius) / (n - 1);
  return -radius + k * step;
}

/** `skimage.morphology.octahedron(radius, dtype=numpy.uint8)`: |x| + |y| + |z| <= radius. */
export function octahedron(radius: number, ...rest: PyArgs<[dtype: DTypeLike, options: DT], DT>): NDArray;
export function octahedron(...args: unknown[]): NDArray {
  const { radius, dtype } = OCTAHEDRON.bind(args);
  const n = 2 * radius + 1;
  const v = (k: number) => mgridValue(radius, n, k);
  return build([n, n, n], dtype, ([z, y, x]) => Math.abs(v(x)) + Math.abs(v(y)) + Math.abs(v(z)) <= radius);
}
pyfunction(OCTAHEDRON, octahedron);

/** `skimage.morphology.ball(radius, dtype=numpy.uint8)`: x^2 + y^2 + z^2 <= radius^2. */
export function ball(radius: number, ...rest: PyArgs<[dtype: DTypeLike, options: DT], DT>): NDArray;
export function ball(...args: unknown[]): NDArray {
  const { radius, dtype } = BALL.bind(args);
  const n = 2 * radius + 1;
  const v = (k: number) => mgridValue(radius, n, k);
  return build([n, n, n], dtype, ([z, y, x]) => v(x) ** 2 + v(y) ** 2 + v(z) ** 2 <= radius * radius);
}
pyfunction(BALL, ball);

/**
 * `skimage.morphology.octagon(m, n, dtype=numpy.uint8)`: the convex hull of an octagon with
 * horizontal/vertical sides of m and slanted sides of n pixels, on an (m + 2n)^2 grid.
 */
export function octagon(m: number, n: number, ...rest: PyArgs<[dtype: DTypeLike, options: DT], DT>): NDArray;
export function octagon(...args: unknown[]): NDArray {
  const { m, n, dtype } = OCTAGON.bind(args);
  const size = m + 2 * n;
  const pts: [number, number][] = [[0, n], [n, 0], [0, m + n - 1], [m + n - 1, 0], [size - 1, n], [n, size - 1], [size - 1, m + n - 1], [m + n - 1, size - 1]];
  const mask = hullMask([size, size], pts);
  return build([size, size], dtype, ([r, c]) => mask[r * size + c] === 1);
}
pyfunction(OCTAGON, octagon);

/** `skimage.morphology.star(a, dtype=numpy.uint8)`: a square and the same square turned 45 degrees, overlaid. */
export function star(a: number, ...rest: PyArgs<[dtype: DTypeLike, options: DT], DT>): NDArray;
export function star(...args: unknown[]): NDArray {
  const { a, dtype } = STAR.bind(args);
  if (a === 1) return build([3, 3], dtype, () => true);
  const m = 2 * a + 1;
  const n = a >> 1;
  const size = m + 2 * n;
  const c = (size - 1) >> 1;
  const mask = hullMask([size, size], [[0, c], [size - 1, c], [c, 0], [c, size - 1]]);
  return build([size, size], dtype, ([r, col]) => mask[r * size + col] === 1 || (r >= n && r < m + n && col >= n && col < m + n));
}
pyfunction(STAR, star);
