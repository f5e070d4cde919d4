/**
 * np.poly1d: a polynomial object over coefficients (highest power first) that prints as
 * NumPy's (`poly1d([1, 2, 3])`, and its two-line str with the powers raised), evaluates when
 * called (`p(0.5)`), and combines with add/sub/mul/div/pow as NumPy's operators do.
 */
import { inspect } from "node:util";
import { ValueError } from "../../errors";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { zeros } from "../create-filled";
import { concatenate } from "../manipulate";
import { divide, multiply } from "../ufuncs/binary";
import { negative } from "../ufuncs/unary";
import { arrayRepr } from "../format/repr";
import { pyFormat } from "../io/printf";
import { PyArgs, pyfunction, signature } from "../../signature";
import { PolyLike, registerPoly1d, trimmedCoeffs } from "./coeffs";
import { poly, polyadd, polyder, polydiv, polyint, polymul, polysub, polyval } from "./arith";

const POLY1D = signature("numpy.poly1d(c_or_r, r=False, variable=None)", { types: { r: "bool", variable: "str|None" } });
const INTEG = signature("numpy.poly1d.integ(m=1, k=0)", { types: { m: "int" } });
const DERIV = signature("numpy.poly1d.deriv(m=1)", { types: { m: "int" } });
const OPS = {
  add: signature("numpy.poly1d.__add__(other)"),
  sub: signature("numpy.poly1d.__sub__(other)"),
  mul: signature("numpy.poly1d.__mul__(other)"),
  div: signature("numpy.poly1d.__truediv__(other)"),
  pow: signature("numpy.poly1d.__pow__(val)", { types: { val: "int" } }),
  neg: signature("numpy.poly1d.__neg__()"),
  eq: signature("numpy.poly1d.__eq__(other)"),
  ne: signature("numpy.poly1d.__ne__(other)"),
  get: signature("numpy.poly1d.__getitem__(val)", { types: { val: "int" } }),
  set: signature("numpy.poly1d.__setitem__(key, val)", { types: { key: "int" } }),
  str: signature("numpy.poly1d.__str__()"),
};

/** Keyword arguments of np.poly1d. */
export interface Poly1dOptions {
  c_or_r?: ArrayLike | poly1d;
  r?: boolean;
  variable?: string | null;
}

/** `p(x)`: a poly1d evaluates like np.polyval(p.coeffs, x). */
export interface poly1d {
  (val: ArrayLike | poly1d): NDArray | number;
}

/** '%.4g' as poly1d prints a coefficient. */
function fmtFloat(q: number): string {
  const s = pyFormat("%.4g", [q]);
  return s.endsWith(".0000") ? s.slice(0, -5) : s;
}

/** Puts each `**n` of a one-line polynomial on a line of powers above it, wrapping at 70 columns. */
function raisePowers(text: string, wrap = 70): string {
  const re = /\*\*([0-9]*)/g;
  let n = 0, line1 = "", line2 = "", output = " ";
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const power = m[1];
    const part = text.slice(n, m.index);
    n = m.index + m[0].length;
    const add2 = part + " ".repeat(power.length - 1);
    const add1 = " ".repeat(part.length - 1) + power;
    if (line2.length + add2.length > wrap || line1.length + add1.length > wrap) {
      output += line1 + "\n" + line2 + "\n ";
      line1 = add1;
      line2 = add2;
    } else {
      line2 += add2;
      line1 += add1;
    }
  }
  return output + line1 + "\n" + line2 + text.slice(n);
}

/**
 * `numpy.poly1d(c_or_r, r=False, variable=None)`: the polynomial with coefficients `c_or_r`
 * (highest power first; leading zeros dropped), or with roots `c_or_r` when `r` is true.
 * `variable` names the unknown in its str. Call it to evaluate: `new np.poly1d([1, 2])(3)`.
 */
export class poly1d {
  /** @internal */
  _coeffs!: NDArray;
  /** @internal */
  _variable!: string;

  constructor(c_or_r: ArrayLike | poly1d, ...rest: PyArgs<[r: boolean, variable: string | null, options: Poly1dOptions], Poly1dOptions>);
  constructor(...args: unknown[]) {
    const b = args.length === 1 ? { c_or_r: args[0], r: false, variable: null } : POLY1D.bind(args);
    const self = function (this: unknown, val: ArrayLike | poly1d): NDArray | number {
      return polyval(self._coeffs, val as ArrayLike);
    } as unknown as poly1d;
    Object.setPrototypeOf(self, new.target.prototype);
    if (b.c_or_r instanceof poly1d) {
      self._coeffs = b.c_or_r._coeffs;
      self._variable = b.variable ?? b.c_or_r._variable;
      return self;
    }
    const c = b.r ? poly(b.c_or_r as ArrayLike) : (b.c_or_r as ArrayLike);
    self._coeffs = trimmedCoeffs(c);
    self._variable = b.variable ?? "x";
    return self;
  }

  /** `p.coeffs`: the coefficients, highest power first. */
  get coeffs(): NDArray {
    return this._coeffs;
  }
  /** `p.c`: as p.coeffs. */
  get c(): NDArray {
    return this._coeffs;
  }
  /** `p.coef`: as p.coeffs. */
  get coef(): NDArray {
    return this._coeffs;
  }
  /** `p.coefficients`: as p.coeffs. */
  get coefficients(): NDArray {
    return this._coeffs;
  }
  /** `p.order`: the degree. */
  get order(): number {
    return this._coeffs.size - 1;
  }
  /** `p.o`: as p.order. */
  get o(): number {
    return this.order;
  }
  /** `p.variable`: the name its str gives the unknown. */
  get variable(): string {
    return this._variable;
  }

  /** `p.integ(m=1, k=0)`: the m-th antiderivative (np.polyint) as a poly1d. */
  integ(...args: PyArgs<[m: number, k: ArrayLike, options: { m?: number; k?: ArrayLike }], { m?: number; k?: ArrayLike }>): poly1d;
  integ(...args: unknown[]): poly1d {
    const b = INTEG.bind(args);
    return new poly1d(polyint(this._coeffs, { m: b.m, k: b.k }));
  }

  /** `p.deriv(m=1)`: the m-th derivative (np.polyder) as a poly1d. */
  deriv(...args: PyArgs<[m: number, options: { m?: number }], { m?: number }>): poly1d;
  deriv(...args: unknown[]): poly1d {
    const b = DERIV.bind(args);
    return new poly1d(polyder(this._coeffs, { m: b.m }));
  }

  /** `p + other` (`__add__(other)`): the sum as a poly1d. */
  add(other: ArrayLike | poly1d): poly1d {
    if (arguments.length !== 1) OPS.add.bind(arguments);
    return new poly1d(polyadd(this._coeffs, new poly1d(other)._coeffs) as NDArray);
  }
  /** `p - other` (`__sub__(other)`): the difference as a poly1d. */
  sub(other: ArrayLike | poly1d): poly1d {
    if (arguments.length !== 1) OPS.sub.bind(arguments);
    return new poly1d(polysub(this._coeffs, new poly1d(other)._coeffs) as NDArray);
  }
  /** `p * other` (`__mul__(other)`): a number scales the coefficients; a polynomial multiplies. */
  mul(other: ArrayLike | poly1d): poly1d {
    if (arguments.length !== 1) OPS.mul.bind(arguments);
    if (typeof other === "number") return new poly1d(multiply(this._coeffs, other));
    return new poly1d(polymul(this._coeffs, new poly1d(other)._coeffs) as NDArray);
  }
  /** `p / other` (`__truediv__(other)`): a number divides the coefficients; a polynomial gives `[quotient, remainder]`. */
  div(other: number): poly1d;
  div(other: ArrayLike | poly1d): poly1d | [poly1d, poly1d];
  div(other: ArrayLike | poly1d): poly1d | [poly1d, poly1d] {
    if (arguments.length !== 1) OPS.div.bind(arguments);
    if (typeof other === "number") return new poly1d(divide(this._coeffs, other));
    return polydiv(this as PolyLike, new poly1d(other)) as unknown as [poly1d, poly1d];
  }
  /** `p ** val` (`__pow__(val)`): the val-th power, val a non-negative integer. */
  pow(val: number): poly1d {
    if (arguments.length !== 1) OPS.pow.bind(arguments);
    if (typeof val !== "number" || !Number.isInteger(val) || val < 0) throw new ValueError("Power to non-negative integers only.");
    let res: ArrayLike = [1];
    for (let i = 0; i < val; i++) res = polymul(this._coeffs, res);
    return new poly1d(res);
  }
  /** `-p` (`__neg__()`). */
  neg(): poly1d {
    return new poly1d(negative(this._coeffs));
  }
  /** `p == other` (`__eq__(other)`): same coefficients. */
  eq(other: poly1d): boolean {
    if (arguments.length !== 1) OPS.eq.bind(arguments);
    const a = this._coeffs, b = other._coeffs;
    if (a.size !== b.size) return false;
    const x = a.tolist() as number[], y = b.tolist() as number[];
    return x.every((v, i) => v === y[i]);
  }
  /** `p != other` (`__ne__(other)`). */
  ne(other: poly1d): boolean {
    if (arguments.length !== 1) OPS.ne.bind(arguments);
    return !this.eq(other);
  }
  /** `p[val]` (`__getitem__(val)`): the coefficient of x**val (0 beyond the order). */
  get(val: number): number {
    if (arguments.length !== 1) OPS.get.bind(arguments);
    if (val > this.order || val < 0) return 0;
    return this._coeffs.item(this.order - val) as number;
  }
  /** `p[key] = val` (`__setitem__(key, val)`): sets the coefficient of x**key, growing the polynomial if needed. */
  set(key: number, val: number): void {
    if (arguments.length !== 2) OPS.set.bind(arguments);
    if (key < 0) throw new ValueError("Does not support negative powers.");
    let ind = this.order - key;
    if (key > this.order) {
      this._coeffs = concatenate([zeros(key - this.order, { dtype: this._coeffs.dtype }), this._coeffs]);
      ind = 0;
    } else this._coeffs = this._coeffs.copy();
    this._coeffs.set(ind, val);
  }

  /** `str(p)` (`__str__()`): the polynomial written out, powers on the line above. */
  toString(): string {
    const values = (this._coeffs.tolist() as number[]).map(Number);
    let first = 0;
    while (first < values.length && values[first] === 0) first++;
    const coeffs = values.slice(first);
    const N = coeffs.length - 1;
    const v = this._variable;
    let text = "0";
    coeffs.forEach((coeff, k) => {
      const cs = fmtFloat(coeff);
      const power = N - k;
      let term: string;
      if (power === 0) term = cs !== "0" ? cs : k === 0 ? "0" : "";
      else if (power === 1) term = cs === "0" ? "" : `${cs} ${v}`;
      else term = cs === "0" ? "" : `${cs} ${v}**${power}`;
      if (k === 0) text = term;
      else if (term !== "") text = term.startsWith("-") ? `${text} - ${term.slice(1)}` : `${text} + ${term}`;
    });
    return raisePowers(text);
  }

  /** str(p) for print-like output (console.log in the tslab-sci kernel). */
  [Symbol.for("python.str")](): string {
    return this.toString();
  }

  /** Iterates over the coefficients, highest power first, as Python's `for c in p`. */
  *[Symbol.iterator](): IterableIterator<number> {
    yield* this._coeffs.tolist() as number[];
  }

  /** repr(p): `poly1d([1, 2, 3])`. */
  [inspect.custom](): string {
    return `poly1d(${arrayRepr(this._coeffs).slice(6, -1)})`;
  }
}

registerPoly1d(poly1d as unknown as new (c: ArrayLike) => { coeffs: NDArray });
pyfunction(POLY1D, poly1d);
pyfunction(INTEG, poly1d.prototype.integ);
pyfunction(DERIV, poly1d.prototype.deriv);
for (const name of ["add", "sub", "mul", "div", "pow", "neg", "eq", "ne", "get", "set"] as const) pyfunction(OPS[name], poly1d.prototype[name]);
pyfunction(OPS.str, poly1d.prototype.toString);
