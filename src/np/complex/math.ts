/**
 * Complex elementary functions, one element at a time, following the algorithms of NumPy's
 * npymath / C99 (cexp, clog with log1p near |z| = 1, csqrt, Smith's division, ctanh), so
 * results agree with NumPy's to the last few bits. Each writes its result into `out`.
 */

/** Result slot: [re, im]. */
export type Out = Float64Array;

export function cexp(a: number, b: number, out: Out): void {
  if (b === 0) {
    out[0] = Math.exp(a);
    out[1] = b;
    return;
  }
  const e = Math.exp(a);
  out[0] = e * Math.cos(b);
  out[1] = e * Math.sin(b);
}

/** log(|z|) + i arg(z); for 0.71 <= |z| <= 1.73 the real part goes through log1p, as npy_clog. */
export function clog(a: number, b: number, out: Out): void {
  const ax = Math.abs(a);
  const ay = Math.abs(b);
  let rr: number;
  if (ax > Number.MAX_VALUE / 4 || ay > Number.MAX_VALUE / 4) {
    rr = Math.log(Math.hypot(ax / 2, ay / 2)) + Math.LN2;
  } else if (ax < 2.2250738585072014e-308 && ay < 2.2250738585072014e-308) {
    rr = ax > 0 || ay > 0 ? Math.log(Math.hypot(ax * 2 ** 53, ay * 2 ** 53)) - 53 * Math.LN2 : -Infinity;
  } else {
    const h = Math.hypot(ax, ay);
    if (h >= 0.71 && h <= 1.73) {
      const am = ax > ay ? ax : ay;
      const an = ax > ay ? ay : ax;
      rr = Math.log1p((am - 1) * (am + 1) + an * an) / 2;
    } else {
      rr = Math.log(h);
    }
  }
  out[0] = rr;
  out[1] = Math.atan2(b, a);
}

/** The principal square root (C99 csqrt: the branch cut on the negative real axis keeps b's sign). */
export function csqrt(a: number, b: number, out: Out): void {
  if (a === 0 && b === 0) {
    out[0] = 0;
    out[1] = b;
    return;
  }
  if (b === Infinity || b === -Infinity) {
    out[0] = Infinity;
    out[1] = b;
    return;
  }
  if (a !== a) {
    out[0] = a;
    out[1] = (b - b) / (b - b);
    return;
  }
  if (a === Infinity || a === -Infinity) {
    if (a < 0) {
      out[0] = Math.abs(b - b);
      out[1] = b !== b ? b : b < 0 || Object.is(b, -0) ? -Infinity : Infinity;
    } else {
      out[0] = a;
      out[1] = b !== b ? b : b < 0 || Object.is(b, -0) ? -0 : 0;
    }
    return;
  }
  // scale to keep hypot and the sum finite
  let scale = 1;
  let x = a;
  let y = b;
  if (Math.abs(x) >= 2 ** 1020 || Math.abs(y) >= 2 ** 1020) {
    x *= 0.25;
    y *= 0.25;
    scale = 2;
  }
  if (x >= 0) {
    const t = Math.sqrt((x + Math.hypot(x, y)) * 0.5);
    out[0] = t * scale;
    out[1] = (y / (2 * t)) * scale;
  } else {
    const t = Math.sqrt((-x + Math.hypot(x, y)) * 0.5);
    out[0] = (Math.abs(y) / (2 * t)) * scale;
    out[1] = (y < 0 || Object.is(y, -0) ? -t : t) * scale;
  }
}

/** Smith's division, as NumPy's complex divide loop. */
export function cdiv(ar: number, ai: number, br: number, bi: number, out: Out): void {
  const abr = Math.abs(br);
  const abi = Math.abs(bi);
  if (abr >= abi) {
    if (abr === 0 && abi === 0) {
      out[0] = ar / abr;
      out[1] = ai / abi;
      return;
    }
    const rat = bi / br;
    const scl = 1.0 / (br + bi * rat);
    out[0] = (ar + ai * rat) * scl;
    out[1] = (ai - ar * rat) * scl;
  } else {
    const rat = br / bi;
    const scl = 1.0 / (bi + br * rat);
    out[0] = (ar * rat + ai) * scl;
    out[1] = (ai * rat - ar) * scl;
  }
}

/** 1/z as NumPy's reciprocal loop. */
export function creciprocal(a: number, b: number, out: Out): void {
  if (Math.abs(a) >= Math.abs(b)) {
    const r = b / a;
    const d = a + b * r;
    out[0] = 1 / d;
    out[1] = -r / d;
  } else {
    const r = a / b;
    const d = a * r + b;
    out[0] = r / d;
    out[1] = -1 / d;
  }
}

const TMP = new Float64Array(2);

/** z**w as npy_cpow: exact zero and one cases, repeated squaring for small integer powers, else exp(w log z). */
export function cpow(ar: number, ai: number, br: number, bi: number, out: Out): void {
  if (br === 0 && bi === 0) {
    out[0] = 1;
    out[1] = 0;
    return;
  }
  if (ar === 0 && ai === 0) {
    if (br > 0 && bi === 0) {
      out[0] = 0;
      out[1] = 0;
    } else {
      out[0] = NaN;
      out[1] = NaN;
    }
    return;
  }
  if (bi === 0 && br === Math.trunc(br) && br > -100 && br < 100) {
    if (br === 1) {
      out[0] = ar;
      out[1] = ai;
      return;
    }
    if (br === 2) {
      out[0] = ar * ar - ai * ai;
      out[1] = ar * ai + ai * ar;
      return;
    }
    if (br === 3) {
      const sr = ar * ar - ai * ai;
      const si = ar * ai + ai * ar;
      out[0] = sr * ar - si * ai;
      out[1] = sr * ai + si * ar;
      return;
    }
    let n = Math.abs(br);
    let mask = 1;
    let pr = 1;
    let pi = 0;
    let xr = ar;
    let xi = ai;
    while (mask <= n) {
      if (n & mask) {
        const t = pr * xr - pi * xi;
        pi = pr * xi + pi * xr;
        pr = t;
      }
      mask <<= 1;
      const t = xr * xr - xi * xi;
      xi = xr * xi + xi * xr;
      xr = t;
    }
    if (br < 0) {
      cdiv(1, 0, pr, pi, out);
      return;
    }
    out[0] = pr;
    out[1] = pi;
    return;
  }
  clog(ar, ai, TMP);
  const lr = TMP[0];
  const li = TMP[1];
  cexp(lr * br - li * bi, lr * bi + li * br, out);
}

export function csin(a: number, b: number, out: Out): void {
  out[0] = Math.sin(a) * Math.cosh(b);
  out[1] = Math.cos(a) * Math.sinh(b);
}

export function ccos(a: number, b: number, out: Out): void {
  out[0] = Math.cos(a) * Math.cosh(b);
  out[1] = -(Math.sin(a) * Math.sinh(b));
}

export function csinh(a: number, b: number, out: Out): void {
  out[0] = Math.sinh(a) * Math.cos(b);
  out[1] = Math.cosh(a) * Math.sin(b);
}

export function ccosh(a: number, b: number, out: Out): void {
  out[0] = Math.cosh(a) * Math.cos(b);
  out[1] = Math.sinh(a) * Math.sin(b);
}

/** tanh by Kahan's formula (C99 ctanh): accurate for large and small parts alike. */
export function ctanh(x: number, y: number, out: Out): void {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (x !== x) {
      out[0] = x;
      out[1] = y === 0 ? y : x;
      return;
    }
    if (x === Infinity || x === -Infinity) {
      out[0] = x > 0 ? 1 : -1;
      out[1] = Number.isFinite(y) ? (Math.sin(y) * Math.cos(y) >= 0 ? 0 : -0) : 0;
      return;
    }
    out[0] = y - y;
    out[1] = y - y;
    return;
  }
  if (Math.abs(x) >= 22) {
    const e = Math.exp(-Math.abs(x));
    out[0] = x > 0 ? 1 : -1;
    out[1] = 4 * Math.sin(y) * Math.cos(y) * e * e;
    return;
  }
  const t = Math.tan(y);
  const beta = 1 + t * t;
  const s = Math.sinh(x);
  const rho = Math.sqrt(1 + s * s);
  const denom = 1 + beta * s * s;
  out[0] = (beta * rho * s) / denom;
  out[1] = t / denom;
}

/** tan(z) = -i tanh(iz). */
export function ctan(a: number, b: number, out: Out): void {
  ctanh(-b, a, out);
  const re = out[0];
  out[0] = out[1];
  out[1] = -re;
}

/** NumPy 1.24's sign for complex: sign of the real part, or of the imaginary part when the real part is 0. */
export function csign(a: number, b: number, out: Out): void {
  const s = (v: number) => (v > 0 ? 1 : v < 0 ? -1 : v === 0 ? 0 : NaN);
  out[0] = a !== a || b !== b ? NaN : a !== 0 ? s(a) : s(b);
  out[1] = 0;
}

/** asinh(z) = log(z + sqrt(z^2 + 1)), taken on the right half-plane (odd symmetry) to avoid cancellation. */
export function casinh(a: number, b: number, out: Out): void {
  const flip = a < 0 || (a === 0 && Object.is(a, -0));
  const x = flip ? -a : a;
  const y = flip ? -b : b;
  // z^2 + 1
  csqrt(x * x - y * y + 1, 2 * x * y, out);
  clog(x + out[0], y + out[1], out);
  if (flip) {
    out[0] = -out[0];
    out[1] = -out[1];
  }
  // on the imaginary axis inside the cut the result is imaginary, its zero real part signed as z's
  if (a === 0 && Math.abs(b) <= 1) out[0] = a;
}

/** asin(z) = -i asinh(iz). */
export function casin(a: number, b: number, out: Out): void {
  casinh(-b, a, out);
  const re = out[0];
  out[0] = out[1];
  out[1] = -re;
}

/** acos(z) = pi/2 - asin(z). */
export function cacos(a: number, b: number, out: Out): void {
  casin(a, b, out);
  out[0] = Math.PI / 2 - out[0];
  out[1] = -out[1];
}

/** atanh(z) = (log1p(z) - log1p(-z)) / 2. */
export function catanh(a: number, b: number, out: Out): void {
  clog(1 + a, b, out);
  const pr = out[0];
  const pi = out[1];
  clog(1 - a, -b, out);
  // a purely imaginary z gives a purely imaginary result, its zero real part signed as z's
  out[0] = a === 0 ? a : (pr - out[0]) / 2;
  out[1] = (pi - out[1]) / 2;
}

/** atan(z) = -i atanh(iz). */
export function catan(a: number, b: number, out: Out): void {
  catanh(-b, a, out);
  const re = out[0];
  out[0] = out[1];
  out[1] = -re;
}

/** acosh(z) = log(z + sqrt(z + 1) sqrt(z - 1)). */
export function cacosh(a: number, b: number, out: Out): void {
  csqrt(a + 1, b, out);
  const pr = out[0];
  const pi = out[1];
  csqrt(a - 1, b, out);
  const qr = out[0];
  const qi = out[1];
  clog(a + pr * qr - pi * qi, b + pr * qi + pi * qr, out);
}
