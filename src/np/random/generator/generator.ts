/**
 * `np.random.Generator` over PCG64 and `np.random.default_rng`: NumPy's modern random API,
 * reproducing its streams bit for bit for the same seed: uniform doubles, bounded integers,
 * choices and permutations, and every distribution (the distribution methods live in
 * samplers.ts and multivariate.ts, which this class extends).
 */
import { PyTypeError, ValueError } from "../../../errors";
import { NDArray } from "../../ndarray";
import { uninitStorage } from "../../alloc";
import { DTypeLike, dtype as toDType, float32, float64 } from "../../dtype";
import { inspect } from "node:util";
import { ParamLike, Size, expandParam, readParam, shapeSize, toShape } from "../args";
import { DEFAULT_RNG, GEN, GENERATOR, GEN_DIST, GEN_MORE } from "../signatures";
import { isPlainObject, pyfunction } from "../../../signature";
import { fillStandardNormal, fillStandardNormalF, standardNormal, standardNormalF } from "./distributions";
import { GeneratorMultivariate } from "./multivariate";
import { outputShape, ownMethods } from "../sampler";
import { fillTarget } from "./out";
import { integers } from "./integers";
import { choice, permutation, permuted, shuffle } from "./permute";
import { PCG64, PCG64Seed } from "./pcg64";


/**
 * `numpy.random.Generator(bit_generator)`: draws from a PCG64 bit generator. Create one with
 * `default_rng(seed)`; the same integer seed gives the same numbers as NumPy.
 */
export class Generator extends GeneratorMultivariate {
  /** The PCG64 stream this generator draws from. */
  override readonly bit_generator: PCG64;

  constructor(bit_generator: PCG64) {
    super();
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
      else bg.fillFloats(target as Float32Array);
      return kw.out;
    }
    if (kw.size === undefined || kw.size === null) return dt === float64 ? bg.nextDouble() : Math.fround(bg.nextFloat());
    const shape = toShape(kw.size as Size);
    const n = shapeSize(shape);
    if (dt === float32) {
      const out = uninitStorage(Float32Array, n) as Float32Array;
      bg.fillFloats(out);
      return NDArray.fromStorage(out, shape, float32);
    }
    const out = uninitStorage(Float64Array, n) as Float64Array;
    bg.fillDoubles(out);
    return NDArray.fromStorage(out, shape, float64);
  }

  /**
   * `Generator.standard_normal(size=None, dtype=np.float64, out=None)`: standard normal draws
   * by the ziggurat method, float64 (64-bit draws) or float32 (NumPy's single-precision
   * ziggurat on 32-bit draws); `out` is filled in memory order and returned.
   */
  standard_normal(size?: null | { size?: null }): number;
  standard_normal(size: Size | { size?: Size | null; out: NDArray }): NDArray;
  standard_normal(size: Size | { size: Size }): NDArray;
  standard_normal(...args: unknown[]): number | NDArray;
  standard_normal(...args: unknown[]): number | NDArray {
    const kw = GEN.standard_normal.bind(args);
    const dt = toDType(kw.dtype as DTypeLike);
    if (dt === float32) {
      const bg = this.bit_generator;
      if (kw.out !== null) {
        fillStandardNormalF(bg, fillTarget(kw.out, float32, kw.size) as Float32Array);
        return kw.out;
      }
      if (kw.size === undefined || kw.size === null) return standardNormalF(bg);
      const shape = toShape(kw.size as Size);
      const out = uninitStorage(Float32Array, shapeSize(shape)) as Float32Array;
      fillStandardNormalF(bg, out);
      return NDArray.fromStorage(out, shape, float32);
    }
    if (dt !== float64) throw new PyTypeError(`Unsupported dtype ${String(inspect(dt))} for standard_normal`);
    if (kw.out !== null) {
      fillStandardNormal(this.bit_generator, fillTarget(kw.out, float64, kw.size) as Float64Array);
      return kw.out;
    }
    if (kw.size === undefined || kw.size === null) return standardNormal(this.bit_generator);
    const shape = toShape(kw.size as Size);
    const out = uninitStorage(Float64Array, shapeSize(shape)) as Float64Array;
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
    // one standard normal per value, in order, then loc + scale * z
    const out = uninitStorage(Float64Array, n) as Float64Array;
    fillStandardNormal(bg, out);
    if (pl.data.length === 1 && ps.data.length === 1) {
      const loc = pl.data[0], scale = ps.data[0];
      for (let i = 0; i < n; i++) out[i] = loc + scale * out[i];
    } else {
      const loc = expandParam(pl, shape), scale = expandParam(ps, shape);
      for (let i = 0; i < n; i++) out[i] = loc[i] + scale[i] * out[i];
    }
    return scalar ? out[0] : NDArray.fromStorage(out, shape, float64);
  }

  /**
   * `Generator.integers(low, high=None, size=None, dtype=np.int64, endpoint=False)`: integers
   * in [low, high) ([low, high] with endpoint; [0, low) without high) by Lemire's method as
   * NumPy draws them, for every integer dtype and bool; low and high broadcast. Values of the
   * 64-bit dtypes are exact below 2**53.
   */
  integers(low: number, high?: number | null, size?: null, dtype?: DTypeLike, endpoint?: boolean): number;
  integers(low: ParamLike, high: ParamLike | null | undefined, size: Size | null | undefined, dtype?: DTypeLike, endpoint?: boolean): NDArray;
  integers(...args: unknown[]): number | boolean | NDArray;
  integers(): number | boolean | NDArray {
    const kw = GEN_MORE.integers.bind(arguments);
    return integers(this.bit_generator, kw as unknown as Parameters<typeof integers>[1]);
  }

  /**
   * `Generator.choice(a, size=None, replace=True, p=None, axis=0, shuffle=True)`: samples of
   * arange(a) or of `a` along `axis`; with replacement via integers (or p's CDF), without via
   * Floyd's algorithm, a tail shuffle for large samples, or weighted rounds.
   */
  choice(a: number, size?: null, replace?: boolean, p?: ParamLike | null): number;
  choice(a: number | ParamLike, size: Size, replace?: boolean, p?: ParamLike | null): NDArray;
  choice(...args: unknown[]): number | NDArray;
  choice(): number | NDArray {
    const kw = GEN_MORE.choice.bind(arguments);
    return choice(this.bit_generator, kw as unknown as Parameters<typeof choice>[1]);
  }

  /** `Generator.shuffle(x, axis=0)`: shuffles the array x in place along `axis`. */
  shuffle(x: NDArray, axis?: number): void;
  shuffle(...args: unknown[]): void;
  shuffle(): void {
    const kw = GEN_MORE.shuffle.bind(arguments);
    shuffle(this.bit_generator, kw.x, kw.axis);
  }

  /** `Generator.permutation(x, axis=0)`: a shuffled arange(x), or a copy of x shuffled along `axis`. */
  permutation(x: number | ParamLike, axis?: number): NDArray;
  permutation(...args: unknown[]): NDArray;
  permutation(): NDArray {
    const kw = GEN_MORE.permutation.bind(arguments);
    return permutation(this.bit_generator, kw.x, kw.axis);
  }

  /**
   * `Generator.permuted(x, *, axis=None, out=None)`: x with each slice along `axis` shuffled
   * independently (all elements when axis is None), into a copy or into `out`.
   */
  permuted(x: ParamLike, options?: { axis?: number | null; out?: NDArray | null }): NDArray;
  permuted(...args: unknown[]): NDArray;
  permuted(): NDArray {
    const kw = GEN_MORE.permuted.bind(arguments);
    return permuted(this.bit_generator, kw.x, kw.axis, kw.out);
  }

  /** `str(rng)`: "Generator(PCG64)". */
  override toString(): string {
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
for (const [name, sig] of [...Object.entries(GEN_DIST), ...Object.entries(GEN_MORE)]) {
  pyfunction(sig, (Generator.prototype as unknown as Record<string, Function>)[name]);
}
ownMethods(Generator, GeneratorMultivariate);
