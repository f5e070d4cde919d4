/**
 * HUSL (human-friendly HSL, version 2.1 as seaborn bundles it): hue in degrees, saturation and
 * lightness in percent, through CIE LCh(uv), Luv and XYZ to sRGB, with saturation relative to
 * the largest chroma sRGB reaches at that lightness and hue.
 */
const M = [
  [3.2406, -1.5372, -0.4986],
  [-0.9689, 1.8758, 0.0415],
  [0.0557, -0.204, 1.057],
];
const M_INV = [
  [0.4124, 0.3576, 0.1805],
  [0.2126, 0.7152, 0.0722],
  [0.0193, 0.1192, 0.9505],
];
const REF_Y = 1;
const REF_U = 0.19784;
const REF_V = 0.46834;
const LAB_E = 0.008856;
const LAB_K = 903.3;

const radians = (d: number): number => (d * Math.PI) / 180;

function maxChroma(L: number, H: number): number {
  const hrad = radians(H);
  const sinH = Math.sin(hrad);
  const cosH = Math.cos(hrad);
  const sub1 = Math.pow(L + 16, 3) / 1560896;
  const sub2 = sub1 > 0.008856 ? sub1 : L / 903.3;
  let result = Infinity;
  for (const [m1, m2, m3] of M) {
    const top = (0.99915 * m1 + 1.05122 * m2 + 1.1446 * m3) * sub2;
    const rbottom = 0.8633 * m3 - 0.17266 * m2;
    const lbottom = 0.12949 * m3 - 0.38848 * m1;
    const bottom = (rbottom * sinH + lbottom * cosH) * sub2;
    for (const t of [0, 1]) {
      const C = (L * (top - 1.05122 * t)) / (bottom + 0.17266 * sinH * t);
      if (C > 0 && C < result) result = C;
    }
  }
  return result;
}

const dot = (row: number[], v: number[]): number => row[0] * v[0] + row[1] * v[1] + row[2] * v[2];
const fromLinear = (c: number): number => (c <= 0.0031308 ? 12.92 * c : 1.055 * Math.pow(c, 1 / 2.4) - 0.055);
const toLinear = (c: number): number => (c > 0.04045 ? Math.pow((c + 0.055) / 1.055, 2.4) : c / 12.92);
const f = (t: number): number => (t > LAB_E ? Math.pow(t, 1 / 3) : 7.787 * t + 16 / 116);
const fInv = (t: number): number => (Math.pow(t, 3) > LAB_E ? Math.pow(t, 3) : (116 * t - 16) / LAB_K);

/** HUSL (h in degrees, s and l in percent) to sRGB floats (not clipped). */
export function huslToRgb(h: number, s: number, l: number): [number, number, number] {
  // husl -> lch
  let L = l;
  let C: number;
  if (l > 99.9999999) [L, C] = [100, 0];
  else if (l < 0.00000001) [L, C] = [0, 0];
  else C = (maxChroma(l, h) / 100) * s;
  // lch -> luv -> xyz
  const U = Math.cos(radians(h)) * C;
  const V = Math.sin(radians(h)) * C;
  let xyz = [0, 0, 0];
  if (L !== 0) {
    const Y = fInv((L + 16) / 116) * REF_Y;
    const varU = U / (13 * L) + REF_U;
    const varV = V / (13 * L) + REF_V;
    const X = 0 - (9 * Y * varU) / ((varU - 4) * varV - varU * varV);
    const Z = (9 * Y - 15 * varV * Y - varV * X) / (3 * varV);
    xyz = [X, Y, Z];
  }
  return [fromLinear(dot(M[0], xyz)), fromLinear(dot(M[1], xyz)), fromLinear(dot(M[2], xyz))];
}

/** sRGB floats to HUSL (h in degrees, s and l in percent). */
export function rgbToHusl(r: number, g: number, b: number): [number, number, number] {
  const lin = [toLinear(r), toLinear(g), toLinear(b)];
  const [X, Y, Z] = [dot(M_INV[0], lin), dot(M_INV[1], lin), dot(M_INV[2], lin)];
  let L = 0;
  let U = 0;
  let V = 0;
  if (!(X === 0 && Y === 0 && Z === 0)) {
    const varU = (4 * X) / (X + 15 * Y + 3 * Z);
    const varV = (9 * Y) / (X + 15 * Y + 3 * Z);
    L = 116 * f(Y / REF_Y) - 16;
    if (L !== 0) {
      U = 13 * L * (varU - REF_U);
      V = 13 * L * (varV - REF_V);
    }
  }
  const C = Math.pow(U * U + V * V, 0.5);
  let H = (Math.atan2(V, U) * 180) / Math.PI;
  if (H < 0) H += 360;
  if (L > 99.9999999) return [H, 0, 100];
  if (L < 0.00000001) return [H, 0, 0];
  return [H, (C / maxChroma(L, H)) * 100, L];
}
