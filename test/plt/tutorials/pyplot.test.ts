/**
 * matplotlib's pyplot tutorial (tutorials/introductory/pyplot.py, matplotlib 3.6), each figure
 * cell ported as written (only what TypeScript's syntax forces changes), compared by structure
 * with Debian's matplotlib drawing the same cell (see structure.ts). Unseeded random cells are
 * seeded with 19680801 on both sides.
 */
import { np, plt } from "../../../src";
import { tutorialTests } from "./structure";

const CELLS: Record<string, () => void> = {
  "plot a list": () => {
    plt.plot([1, 2, 3, 4]);
    plt.ylabel("some numbers");
  },
  "plot x versus y": () => {
    plt.plot([1, 2, 3, 4], [1, 4, 9, 16]);
  },
  "red circles and axis": () => {
    plt.plot([1, 2, 3, 4], [1, 4, 9, 16], "ro");
    plt.axis([0, 6, 0, 20]);
  },
  "three format strings": () => {
    const t = np.arange(0, 5, 0.2);
    plt.plot(t, t, "r--", t, np.power(t, 2), "bs", t, np.power(t, 3), "g^");
  },
  "keyword strings": () => {
    np.random.seed(19680801);
    const data: Record<string, any> = { a: np.arange(50), c: np.random.randint(0, 50, 50), d: np.random.randn(50) };
    data.b = np.add(data.a, np.multiply(10, np.random.randn(50)));
    data.d = np.multiply(np.abs(data.d), 100);
    plt.scatter("a", "b", { c: "c", s: "d", data });
    plt.xlabel("entry a");
    plt.ylabel("entry b");
  },
  categorical: () => {
    const names = ["group_a", "group_b", "group_c"];
    const values = [1, 10, 100];
    plt.figure({ figsize: [9, 3] });
    plt.subplot(131);
    plt.bar(names, values);
    plt.subplot(132);
    plt.scatter(names, values);
    plt.subplot(133);
    plt.plot(names, values);
    plt.suptitle("Categorical Plotting");
  },
  "two subplots": () => {
    const f = (t: any) => np.multiply(np.exp(np.negative(t)), np.cos(np.multiply(2 * Math.PI, t)));
    const t1 = np.arange(0.0, 5.0, 0.1);
    const t2 = np.arange(0.0, 5.0, 0.02);
    plt.figure();
    plt.subplot(211);
    plt.plot(t1, f(t1), "bo", t2, f(t2), "k");
    plt.subplot(212);
    plt.plot(t2, np.cos(np.multiply(2 * Math.PI, t2)), "r--");
  },
  "histogram with text": () => {
    np.random.seed(19680801);
    const [mu, sigma] = [100, 15];
    const x = np.add(mu, np.multiply(sigma, np.random.randn(10000)));
    plt.hist(x, 50, { density: 1, facecolor: "g", alpha: 0.75 });
    plt.xlabel("Smarts");
    plt.ylabel("Probability");
    plt.title("Histogram of IQ");
    plt.text(60, 0.025, String.raw`$\mu=100,\ \sigma=15$`);
    plt.axis([40, 160, 0, 0.03]);
    plt.grid(true);
  },
  annotate: () => {
    plt.subplot(111);
    const t = np.arange(0.0, 5.0, 0.01);
    const s = np.cos(np.multiply(2 * Math.PI, t));
    plt.plot(t, s, { lw: 2 });
    plt.annotate("local max", { xy: [2, 1], xytext: [3, 1.5], arrowprops: { facecolor: "black", shrink: 0.05 } });
    plt.ylim(-2, 2);
  },
  scales: () => {
    np.random.seed(19680801);
    let y = np.random.normal({ loc: 0.5, scale: 0.4, size: 1000 });
    y = y.get(np.logical_and(np.greater(y, 0), np.less(y, 1)));
    y.sort();
    const x = np.arange(y.shape[0]);
    plt.figure();
    plt.subplot(221);
    plt.plot(x, y);
    plt.yscale("linear");
    plt.title("linear");
    plt.grid(true);
    plt.subplot(222);
    plt.plot(x, y);
    plt.yscale("log");
    plt.title("log");
    plt.grid(true);
    plt.subplot(223);
    plt.plot(x, np.subtract(y, y.mean()));
    plt.yscale("symlog", { linthresh: 0.01 });
    plt.title("symlog");
    plt.grid(true);
    plt.subplot(224);
    plt.plot(x, y);
    plt.yscale("logit");
    plt.title("logit");
    plt.grid(true);
    (plt as any).subplots_adjust({ top: 0.92, bottom: 0.08, left: 0.1, right: 0.95, hspace: 0.25, wspace: 0.35 });
  },
};

/** Cells that need what plt does not have yet. */
export const SKIPPED: Record<string, string> = {};

tutorialTests("pyplot", CELLS, SKIPPED);
