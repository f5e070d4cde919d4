/**
 * The complex scalar: what `np.complex128(1, 2)`, `a.item()` and `a.tolist()` give for
 * complex values, printed as NumPy prints its complex scalars: `(1+2j)`, `-0.5j`, `(nan+infj)`.
 */
import { inspect } from "node:util";
import { DType, complex128, complex64, setComplexMaker } from "../dtype";
import { floatScalarStr } from "../format/float";

/** One part as Python writes it inside a complex: shortest digits, no ".0" tail. */
function partText(x: number, isFloat32: boolean): string {
  const text = floatScalarStr(x, isFloat32);
  return text.endsWith(".0") ? text.slice(0, -2) : text;
}

/** Python's repr of a complex number: `1j`, `(1+2j)`, `(-0+0j)`, with float32 digits for complex64. */
export function complexText(re: number, im: number, isFloat32 = false): string {
  const imag = partText(im, isFloat32);
  if (re === 0 && !Object.is(re, -0)) return imag + "j";
  const sign = imag.startsWith("-") ? "" : "+";
  return `(${partText(re, isFloat32)}${sign}${imag}j)`;
}

/** A complex number: NumPy's complex64 / complex128 scalar (`re`, `im`, printed as Python prints it). */
export class Complex {
  /** @internal Use np.complex128(re, im) or np.complex64(re, im). */
  constructor(
    /** The real part. */
    readonly re: number,
    /** The imaginary part. */
    readonly im: number,
    /** The scalar's type: complex128 or complex64. */
    readonly dtype: DType = complex128,
  ) {}

  /** `z.real`. */
  get real(): number {
    return this.re;
  }

  /** `z.imag`. */
  get imag(): number {
    return this.im;
  }

  /** `repr(z)`: `(1+2j)`. */
  toString(): string {
    return complexText(this.re, this.im, this.dtype === complex64);
  }

  [inspect.custom](): string {
    return this.toString();
  }

  /** str(z) for print-like output. */
  [Symbol.for("python.str")](): string {
    return this.toString();
  }
}

setComplexMaker((re, im, isFloat32) => new Complex(re, im, isFloat32 ? complex64 : complex128));

/** Whether a value is a complex scalar (a Complex, or anything with numeric `re` and `im`). */
export function isComplexScalar(x: unknown): x is Complex {
  return x instanceof Complex;
}
