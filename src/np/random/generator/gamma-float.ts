/**
 * NumPy's float32 standard gamma (`random_standard_gamma_f`): the float64 algorithm with every
 * step rounded to single precision, over the float32 ziggurat normals and exponentials.
 */
import type { PCG64 } from "./pcg64";
import { standardExponentialF, standardNormalF } from "./distributions";

const f32 = Math.fround;
const THIRD = f32(1 / 3);
const C0331 = f32(0.0331);

/** One float32 standard gamma draw (shape already a float32 value). */
export function standardGammaF(bg: PCG64, shape0: number): number {
  const shape = f32(shape0);
  if (shape === 1) return standardExponentialF(bg);
  if (shape === 0) return 0;
  if (shape < 1) {
    const inv = f32(1 / shape);
    for (;;) {
      const u = bg.nextFloat();
      const v = standardExponentialF(bg);
      if (u <= f32(1 - shape)) {
        const x = f32(Math.pow(u, inv));
        if (x <= v) return x;
      } else {
        const y = f32(-f32(Math.log(f32(f32(1 - u) / shape))));
        const x = f32(Math.pow(f32(f32(1 - shape) + f32(shape * y)), inv));
        if (x <= f32(v + y)) return x;
      }
    }
  }
  const b = f32(shape - THIRD);
  const c = f32(1 / f32(Math.sqrt(f32(9 * b))));
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = standardNormalF(bg);
      v = f32(1 + f32(c * x));
    } while (v <= 0);
    v = f32(f32(v * v) * v);
    const u = bg.nextFloat();
    const x2 = f32(x * x);
    if (u < f32(1 - f32(f32(C0331 * x2) * x2))) return f32(b * v);
    if (f32(Math.log(u)) < f32(f32(f32(0.5 * x) * x) + f32(b * f32(f32(1 - v) + f32(Math.log(v)))))) return f32(b * v);
  }
}
