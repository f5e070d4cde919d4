/**
 * np.histogram's bin-width estimators for `bins` given as a string: 'auto', 'fd', 'doane',
 * 'rice', 'scott', 'sqrt', 'stone', 'sturges'; each returns a width (0: use one bin), computed
 * as NumPy's numpy/lib/histograms.py does.
 */
import { NDArray } from "../ndarray";
import { float64 } from "../dtype";
import { mean, std } from "../reduce/stats";
import { percentile } from "../reduce/quantile";

type Estimator = (x: Float64Array, range: [number, number], histogram: (x: Float64Array, bins: number, range: [number, number]) => Float64Array) => number;

function ptp(x: Float64Array): number {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < x.length; i++) {
    if (x[i] < lo) lo = x[i];
    if (x[i] > hi) hi = x[i];
  }
  return hi - lo;
}

const asArray = (x: Float64Array) => NDArray.fromStorage(x, [x.length], float64);

const sturges: Estimator = (x) => ptp(x) / (Math.log2(x.length) + 1.0);

const fd: Estimator = (x) => {
  const [q75, q25] = Array.from((percentile(asArray(x), [75, 25]) as NDArray).data);
  return 2.0 * (q75 - q25) * x.length ** (-1.0 / 3.0);
};

export const ESTIMATORS: Record<string, Estimator> = {
  sqrt: (x) => ptp(x) / Math.sqrt(x.length),
  sturges,
  rice: (x) => ptp(x) / (2.0 * x.length ** (1.0 / 3)),
  scott: (x) => ((24.0 * Math.PI ** 0.5) / x.length) ** (1.0 / 3.0) * (std(asArray(x)) as number),
  fd,
  auto: (x, range, histogram) => {
    const fdWidth = fd(x, range, histogram);
    const sturgesWidth = sturges(x, range, histogram);
    return fdWidth ? Math.min(fdWidth, sturgesWidth) : sturgesWidth;
  },
  doane: (x) => {
    const n = x.length;
    if (n <= 2) return 0.0;
    const sg1 = Math.sqrt((6.0 * (n - 2)) / ((n + 1.0) * (n + 3)));
    const sigma = std(asArray(x)) as number;
    if (!(sigma > 0.0)) return 0.0;
    const mu = mean(asArray(x)) as number;
    const cubes = new Float64Array(n);
    for (let i = 0; i < n; i++) cubes[i] = ((x[i] - mu) / sigma) ** 3;
    const g1 = mean(asArray(cubes)) as number;
    return ptp(x) / (1.0 + Math.log2(n) + Math.log2(1.0 + Math.abs(g1) / sg1));
  },
  stone: (x, range, histogram) => {
    const n = x.length;
    const width = ptp(x);
    if (n <= 1 || width === 0) return 0;
    const upper = Math.max(100, Math.floor(Math.sqrt(n)));
    let best = 1;
    let bestScore = Infinity;
    for (let nbins = 1; nbins <= upper; nbins++) {
      const counts = histogram(x, nbins, range);
      let sq = 0;
      for (let k = 0; k < counts.length; k++) sq += (counts[k] / n) * (counts[k] / n);
      const score = (2 - (n + 1) * sq) / (width / nbins);
      if (score < bestScore) {
        bestScore = score;
        best = nbins;
      }
    }
    return width / best;
  },
};
