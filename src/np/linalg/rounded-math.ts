/**
 * Correctly rounded natural log and exp, as the C library's log/exp that NumPy's linalg calls
 * for slogdet and det give them (glibc's are correctly rounded in practice; V8's Math.log is
 * not: Math.log(3) is one ulp low, which turns det([[1, 2], [3, 4]]) = -2.0000000000000004 into
 * -2). Evaluated in double-double arithmetic, then rounded once.
 */

/** A double-double: hi + lo with |lo| <= ulp(hi) / 2. */
type DD = [number, number];

const SPLITTER = 134217729; // 2^27 + 1

function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

function twoProd(a: number, b: number): DD {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

function add(a: DD, b: DD): DD {
  const [s, e] = twoSum(a[0], b[0]);
  const [t, f] = twoSum(a[1], b[1]);
  const [s2, e2] = twoSum(s, e + t);
  return twoSum(s2, e2 + f);
}

function mul(a: DD, b: DD): DD {
  const [p, e] = twoProd(a[0], b[0]);
  return twoSum(p, e + (a[0] * b[1] + a[1] * b[0]));
}

/** a / d for a double-double a and a double d. */
function divByDouble(a: DD, d: number): DD {
  const q = a[0] / d;
  const [p, pe] = twoProd(q, d);
  return twoSum(q, (a[0] - p - pe + a[1]) / d);
}

/** a / b for a double a and a double-double b. */
function divide(a: number, b: DD): DD {
  const q = a / b[0];
  const [p, pe] = twoProd(q, b[0]);
  return twoSum(q, (a - p - pe - q * b[1]) / b[0]);
}

const LN2: DD = [0.6931471805599453, 2.3190468138462996e-17];

/** 1 / (2k + 1) for the log series, and 1 / n! for the exp series, as double-doubles. */
const ODD_INVERSES: DD[] = Array.from({ length: 16 }, (_, k) => divByDouble([1, 0], 2 * k + 1));
const FACTORIAL_INVERSES: DD[] = (() => {
  const out: DD[] = [[1, 0]];
  for (let n = 1; n <= 24; n++) out.push(divByDouble(out[n - 1], n));
  return out;
})();

const view = new DataView(new ArrayBuffer(8));

/** ln(x), correctly rounded (NaN for negatives, -inf at 0). */
export function roundedLog(x: number): number {
  if (!(x > 0) || x === Infinity) return x === 0 ? -Infinity : x === Infinity ? Infinity : NaN;
  let scale = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 2 ** 64;
    scale = -64;
  }
  view.setFloat64(0, x);
  const exponent = ((view.getUint32(0) >>> 20) & 0x7ff) - 1023;
  let m = x / 2 ** exponent;
  let k = exponent + scale;
  if (m > Math.SQRT2) {
    m /= 2;
    k += 1;
  }
  // ln m = 2 atanh(s) = 2 s (1 + z/3 + z^2/5 + ...), s = (m - 1) / (m + 1), z = s^2
  const s = divide(m - 1, twoSum(m, 1));
  const z = mul(s, s);
  let series = ODD_INVERSES[ODD_INVERSES.length - 1];
  for (let j = ODD_INVERSES.length - 2; j >= 0; j--) series = add(ODD_INVERSES[j], mul(z, series));
  const lnm = mul([2 * s[0], 2 * s[1]], series);
  const total = add(mul(LN2, [k, 0]), lnm);
  return total[0] + total[1];
}

/** e^y, correctly rounded (overflow to inf; results below the normal range fall back to Math.exp). */
export function roundedExp(y: number): number {
  if (y !== y) return y;
  if (y > 709.782712893384) return Infinity;
  if (y < -708.3) return Math.exp(y);
  const k = Math.round(y / LN2[0]);
  // r = y - k ln2, carried in double-double
  const [p, pe] = twoProd(k, LN2[0]);
  const [q, qe] = twoProd(k, LN2[1]);
  const r = add(twoSum(y, -p), [-pe, 0]);
  const reduced = add(r, [-q, -qe]);
  let sum = FACTORIAL_INVERSES[FACTORIAL_INVERSES.length - 1];
  for (let n = FACTORIAL_INVERSES.length - 2; n >= 0; n--) sum = add(FACTORIAL_INVERSES[n], mul(reduced, sum));
  const rounded = sum[0] + sum[1];
  return k > 1000 ? rounded * 2 ** (k - 1) * 2 : rounded * 2 ** k;
}
