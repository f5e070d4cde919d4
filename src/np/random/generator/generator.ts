/**
 * `np.random.Generator` over PCG64 and `np.random.default_rng`: NumPy's modern random API,
 * reproducing its streams bit for bit for the same seed (uniform doubles, ziggurat normals,
 * Poisson counts).
 */
import { PyTypeError, ValueError } from "../../../errors";
import { NDArray } from "../../ndarray";
import { DType, DTypeLike, dtype as toDType, float32, float64, int64 } from "../../dtype";
import { isCContiguous } from "../../contiguous";
import { inspect } from "node:util";
import { ParamLike, Size, broadcastShapes, expandParam, readParam, shapeSize, toShape } from "../args";
import { DEFAULT_RNG, GEN, GENERATOR } from "../signatures";
import { isPlainObject, pyfunction } from "../../../signature";
import { fillStandardNormal, poisson as poissonDraw, standardNormal } from "./distributions";
import { PCG64, PCG64Seed } from "./pcg64";
import { SeedSequence } from "./seed-sequence";

/** Largest lam Generator.poisson accepts (int64 max minus 10 standard deviations). */
const POISSON_LAM_MAX = 9223372036854775807 - Math.sqrt(9223372036854775807) * 10;

function shapeStr(shape: readonly number[]): string {
  return `(${shape.join(", ")}${shape.length === 1 ? "," : ""})`;
}

/**
 * The storage an `out=` array is filled through, in memory order (C- or Fortran-contiguous
 * arrays only), with NumPy's errors for a wrong dtype, a size that disagrees or a strided array.
 */
function fillTarget(out: unknown, dt: DType, size: unknown): Float64Array | Float32Array {
  const arr = out as NDArray;
  if (arr.dtype !== dt) throw new PyTypeError(`Supplied output array has the wrong type. Expected ${dt.name}, got ${arr.dtype.name}`);
  if (size !== null && size !== undefined) {
    const shape = toShape(size as Size);
    if (shape.length !== arr.ndim || shape.some((d, i) => d !== arr.shape[i])) throw new ValueError("size must match out.shape when used together");
  }
  const view = isCContiguous(arr) ? arr : isCContiguous(arr.T) ? arr.T : null;
  if (view === null) throw new ValueError("Supplied output array is not contiguous, writable or aligned.");
  return (view.data as Float64Array | Float32Array).subarray(view.offset, view.offset + view.size);
}

/** Resolves size against the parameters' broadcast shape as NumPy's samplers do. */
function outputShape(size: unknown, paramShapes: readonly (readonly number[])[]): { shape: number[]; scalar: boolean } {
  const paramShape = broadcastShapes(paramShapes);
  if (size === undefined || size === null) return { shape: paramShape, scalar: paramShape.length === 0 };
  const shape = toShape(size as Size);
  let both: number[];
  try {
    both = broadcastShapes([shape, paramShape]);
  } catch {
    throw new ValueError(
      `shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape ${shapeStr(shape)} and arg 1 with shape ${shapeStr(paramShape)}.`,
    );
  }
  if (both.length !== shape.length || both.some((d, i) => d !== shape[i])) {
    throw new ValueError(`Output size ${shapeStr(shape)} is not compatible with broadcast dimensions of inputs ${shapeStr(both)}.`);
  }
  return { shape, scalar: false };
}


/**
 * `numpy.random.Generator(bit_generator)`: draws from a PCG64 bit generator. Create one with
 * `default_rng(seed)`; the same integer seed gives the same numbers as NumPy.
 */
export class Generator {
  /** The PCG64 stream this generator draws from. */
  readonly bit_generator: PCG64;

  constructor(bit_generator: PCG64) {
    if (arguments.length !== 1 || isPlainObject(bit_generator)) bit_generator = GENERATOR.bind(arguments).bit_generator;
    if (!(bit_generator instanceof PCG64)) throw new PyTypeError("Generator expects a PCG64 bit generator");
    this.bit_generator = bit_generator;
  }

  /**
   * `Generator.random(size=None, dtype=np.float64, out=None)`: floats uniform on [0, 1) - one
   * number without size. float64 takes the top 53 bits of a 64-bit draw; float32 the top 24
   * of a 32-bit draw. `out` is filled in memory order and returned.
   */
  random(size?: null | { size?: null; dtype?: DTypeLike }): number;
  random(size: Size | { size?: Size | null; dtype?: DTypeLike; out: NDArray }): NDArray;
  random(size: Size | { size: Size; dtype?: DTypeLike }): NDArray;
  random(size: Size | null | undefined, options: { dtype?: DTypeLike; out?: NDArray | null }): NDArray | number;
  random(...args: unknown[]): number | NDArray;
  random(...args: unknown[]): number | NDArray {
    const kw = GEN.random.bind(args);
    const dt = toDType(kw.dtype as DTypeLike);
    if (dt !== float64 && dt !== float32) throw new PyTypeError(`Unsupported dtype ${String(inspect(dt))} for random`);
    const bg = this.bit_generator;
    if (kw.out !== null) {
      const target = fillTarget(kw.out, dt, kw.size);
      if (dt === float64) bg.fillDoubles(target as Float64Array);
      else for (let i = 0; i < target.length; i++) target[i] = bg.nextFloat();
      return kw.out;
    }
    if (kw.size === undefined || kw.size === null) return dt === float64 ? bg.nextDouble() : Math.fround(bg.nextFloat());
    const shape = toShape(kw.size as Size);
    const n = shapeSize(shape);
    if (dt === float32) {
      const out = new Float32Array(n);
      for (let i = 0; i < n; i++) out[i] = bg.nextFloat();
      return NDArray.fromStorage(out, shape, float32);
    }
    const out = new Float64Array(n);
    bg.fillDoubles(out);
    return NDArray.fromStorage(out, shape, float64);
  }

  /**
   * `Generator.standard_normal(size=None, dtype=np.float64, out=None)`: standard normal float64
   * draws (ziggurat method); `out` is filled in memory order and returned. float32 draws (a
   * separate ziggurat) are not supported yet.
   */
  standard_normal(size?: null | { size?: null }): number;
  standard_normal(size: Size | { size?: Size | null; out: NDArray }): NDArray;
  standard_normal(size: Size | { size: Size }): NDArray;
  standard_normal(...args: unknown[]): number | NDArray;
  standard_normal(...args: unknown[]): number | NDArray {
    const kw = GEN.standard_normal.bind(args);
    if (toDType(kw.dtype as DTypeLike) !== float64) GEN.standard_normal.notSupported("dtype", kw.dtype);
    if (kw.out !== null) {
      fillStandardNormal(this.bit_generator, fillTarget(kw.out, float64, kw.size) as Float64Array);
      return kw.out;
    }
    if (kw.size === undefined || kw.size === null) return standardNormal(this.bit_generator);
    const shape = toShape(kw.size as Size);
    const out = new Float64Array(shapeSize(shape));
    fillStandardNormal(this.bit_generator, out);
    return NDArray.fromStorage(out, shape, float64);
  }

  /**
   * `Generator.normal(loc=0.0, scale=1.0, size=None)`: loc + scale * standard normal, the
   * parameters broadcast against each other (and size); a number when all are scalars and no
   * size is given. Raises ValueError "scale < 0" for negative scales.
   */
  normal(loc?: number, scale?: number, size?: null): number;
  normal(loc: ParamLike | undefined, scale: ParamLike | undefined, size?: Size | null): NDArray;
  normal(options: { loc?: number; scale?: number; size?: null }): number;
  normal(options: { loc?: ParamLike; scale?: ParamLike; size?: Size | null }): NDArray;
  normal(...args: unknown[]): number | NDArray;
  normal(...args: unknown[]): number | NDArray {
    const kw = GEN.normal.bind(args);
    const pl = readParam((kw.loc ?? 0) as ParamLike, "loc");
    const ps = readParam((kw.scale ?? 1) as ParamLike, "scale");
    for (let i = 0; i < ps.data.length; i++) {
      const s = ps.data[i];
      if (s < 0 || Object.is(s, -0)) throw new ValueError("scale < 0");
    }
    const { shape, scalar } = outputShape(kw.size, [pl.shape, ps.shape]);
    const bg = this.bit_generator;
    const n = shapeSize(shape);
    const out = new Float64Array(n);
    if (pl.data.length === 1 && ps.data.length === 1) {
      const loc = pl.data[0], scale = ps.data[0];
      for (let i = 0; i < n; i++) out[i] = loc + scale * standardNormal(bg);
    } else {
      const loc = expandParam(pl, shape), scale = expandParam(ps, shape);
      for (let i = 0; i < n; i++) out[i] = loc[i] + scale[i] * standardNormal(bg);
    }
    return scalar ? out[0] : NDArray.fromStorage(out, shape, float64);
  }

  /**
   * `Generator.poisson(lam=1.0, size=None)`: Poisson counts as int64 (a number when lam is a
   * scalar and no size is given). Raises ValueError for lam < 0, NaN or too large.
   */
  poisson(lam?: number, size?: null): number;
  poisson(lam: ParamLike | undefined, size?: Size | null): NDArray;
  poisson(options: { lam?: number; size?: null }): number;
  poisson(options: { lam?: ParamLike; size?: Size | null }): NDArray;
  poisson(...args: unknown[]): number | NDArray;
  poisson(...args: unknown[]): number | NDArray {
    const kw = GEN.poisson.bind(args);
    const pl = readParam((kw.lam ?? 1) as ParamLike, "lam");
    for (let i = 0; i < pl.data.length; i++) {
      const v = pl.data[i];
      if (!(v >= 0)) throw new ValueError("lam < 0 or lam is NaN");
      if (v > POISSON_LAM_MAX) throw new ValueError("lam value too large");
    }
    const { shape, scalar } = outputShape(kw.size, [pl.shape]);
    const bg = this.bit_generator;
    const n = shapeSize(shape);
    const out = new Float64Array(n);
    if (pl.data.length === 1) {
      const lam = pl.data[0];
      for (let i = 0; i < n; i++) out[i] = poissonDraw(bg, lam);
    } else {
      const lam = expandParam(pl, shape);
      for (let i = 0; i < n; i++) out[i] = poissonDraw(bg, lam[i]);
    }
    return scalar ? out[0] : NDArray.fromStorage(out, shape, int64);
  }

  /** `str(rng)`: "Generator(PCG64)". */
  toString(): string {
    if (arguments.length > 0) GEN.toString.bind(arguments);
    return "Generator(PCG64)";
  }
}

/** Seeds default_rng accepts: a non-negative int (or bigint), a list of them, a SeedSequence, a PCG64 or a Generator. */
export type RNGSeed = PCG64Seed | PCG64 | Generator;

/**
 * `np.random.default_rng(seed=None)`: a Generator over PCG64 seeded through SeedSequence,
 * bit-identical to NumPy's for the same seed. A Generator is returned as is; a PCG64 is
 * wrapped; no seed draws fresh entropy from the operating system.
 */
export function default_rng(seed?: RNGSeed | { seed?: RNGSeed }): Generator {
  if (arguments.length > 1 || isPlainObject(seed)) seed = DEFAULT_RNG.bind(arguments).seed;
  if (seed instanceof Generator) return seed;
  if (seed instanceof PCG64) return new Generator(seed);
  return new Generator(new PCG64(seed as PCG64Seed));
}
pyfunction(DEFAULT_RNG, default_rng);
pyfunction(GENERATOR, Generator);
for (const [name, sig] of Object.entries(GEN)) pyfunction(sig, (Generator.prototype as unknown as Record<string, Function>)[name]);


