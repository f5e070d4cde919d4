/**
 * matplotlib's quick start guide (tutorials/introductory/quick_start.py, matplotlib 3.6), each
 * figure cell ported, compared by structure with Debian's matplotlib drawing the same cell (see
 * structure.ts). The random data sets are drawn as the guide draws them, from seed 19680801.
 */
import { np, plt } from "../../../src";
import { tutorialTests } from "./structure";

type Json = Record<string, any>;

/** The guide's `data` record and data1..data4, in the guide's order of draws. */
function qsData(): { data: Record<string, any>; sets: any[] } {
  np.random.seed(19680801);
  const data: Record<string, any> = { a: np.arange(50), c: np.random.randint(0, 50, 50), d: np.random.randn(50) };
  data.b = np.add(data.a, np.multiply(10, np.random.randn(50)));
  data.d = np.multiply(np.abs(data.d), 100);
  const r = np.random.randn(4, 100);
  return { data, sets: [0, 1, 2, 3].map((i) => r.get(i)) };
}

function my_plotter(ax: any, data1: any, data2: any, param_dict: Json): unknown {
  return ax.plot(data1, data2, param_dict);
}

const CELLS: Record<string, () => void> = {
  "data keyword": () => {
    const { data } = qsData();
    const [, ax] = plt.subplots({ figsize: [5, 2.7], layout: "constrained" });
    ax.scatter("a", "b", { c: "c", s: "d", data });
    ax.set_xlabel("entry a");
    ax.set_ylabel("entry b");
  },
  "a simple example": () => {
    const [fig, ax] = plt.subplots();
    ax.plot([1, 2, 3, 4], [1, 4, 2, 3]);
  },
  "helper function": () => {
    const [data1, data2, data3, data4] = qsData().sets;
    const [fig, [ax1, ax2]] = plt.subplots(1, 2, { figsize: [5, 2.7] });
    my_plotter(ax1, data1, data2, { marker: "x" });
    my_plotter(ax2, data3, data4, { marker: "o" });
  },
  "styling artists": () => {
    const [data1, data2] = qsData().sets;
    const [fig, ax] = plt.subplots({ figsize: [5, 2.7] });
    const x = np.arange(data1.shape[0]);
    ax.plot(x, np.cumsum(data1), { color: "blue", linewidth: 3, linestyle: "--" });
    const [l] = ax.plot(x, np.cumsum(data2), { color: "orange", linewidth: 2 });
    l.set_linestyle(":");
  },
  colors: () => {
    const [data1, data2] = qsData().sets;
    const [fig, ax] = plt.subplots({ figsize: [5, 2.7] });
    ax.scatter(data1, data2, { s: 50, facecolor: "C0", edgecolor: "k" });
  },
  markers: () => {
    const [data1, data2, data3, data4] = qsData().sets;
    const [fig, ax] = plt.subplots({ figsize: [5, 2.7] });
    ax.plot(data1, "o", { label: "data1" });
    ax.plot(data2, "d", { label: "data2" });
    ax.plot(data3, "v", { label: "data3" });
    ax.plot(data4, "s", { label: "data4" });
    ax.legend();
  },
  annotations: () => {
    const [fig, ax] = plt.subplots({ figsize: [5, 2.7] });
    const t = np.arange(0.0, 5.0, 0.01);
    const s = np.cos(np.multiply(2 * Math.PI, t));
    ax.plot(t, s, { lw: 2 });
    ax.annotate("local max", { xy: [2, 1], xytext: [3, 1.5], arrowprops: { facecolor: "black", shrink: 0.05 } });
    ax.set_ylim(-2, 2);
  },
  "OO style": () => {
    const x = np.linspace(0, 2, 100);
    const [fig, ax] = plt.subplots({ figsize: [5, 2.7], layout: "constrained" });
    ax.plot(x, x, { label: "linear" });
    ax.plot(x, np.power(x, 2), { label: "quadratic" });
    ax.plot(x, np.power(x, 3), { label: "cubic" });
    ax.set_xlabel("x label");
    ax.set_ylabel("y label");
    ax.set_title("Simple Plot");
    ax.legend();
  },
  "pyplot style": () => {
    const x = np.linspace(0, 2, 100);
    plt.figure({ figsize: [5, 2.7], layout: "constrained" });
    plt.plot(x, x, { label: "linear" });
    plt.plot(x, np.power(x, 2), { label: "quadratic" });
    plt.plot(x, np.power(x, 3), { label: "cubic" });
    plt.xlabel("x label");
    plt.ylabel("y label");
    plt.title("Simple Plot");
    plt.legend();
  },
  "axes labels and text": () => {
    qsData();
    const [mu, sigma] = [115, 15];
    const x = np.add(mu, np.multiply(sigma, np.random.randn(10000)));
    const [fig, ax] = plt.subplots({ figsize: [5, 2.7], layout: "constrained" });
    ax.hist(x, 50, { density: true, facecolor: "C0", alpha: 0.75 });
    ax.set_xlabel("Length [cm]");
    ax.set_ylabel("Probability");
    ax.set_title("Aardvark lengths\n (not really)");
    ax.text(75, 0.025, String.raw`$\mu=115,\ \sigma=15$`);
    ax.axis([55, 175, 0, 0.03]);
    ax.grid(true);
  },
  scales: () => {
    const [data1] = qsData().sets;
    const [fig, axs] = plt.subplots(1, 2, { figsize: [5, 2.7], layout: "constrained" });
    const xdata = np.arange(data1.shape[0]);
    const data = np.power(10, data1);
    axs[0].plot(xdata, data);
    axs[1].set_yscale("log");
    axs[1].plot(xdata, data);
  },
  "tick locators": () => {
    const [data1] = qsData().sets;
    const xdata = np.arange(data1.shape[0]);
    const [fig, axs] = plt.subplots(2, 1, { layout: "constrained" });
    axs[0].plot(xdata, data1);
    axs[0].set_title("Automatic ticks");
    axs[1].plot(xdata, data1);
    axs[1].set_xticks(np.arange(0, 100, 30), ["zero", "30", "sixty", "90"]);
    axs[1].set_yticks([-1.5, 0, 1.5]);
    axs[1].set_title("Manual ticks");
  },
  categories: () => {
    qsData();
    const [fig, ax] = plt.subplots({ figsize: [5, 2.7], layout: "constrained" });
    const categories = ["turnips", "rutabaga", "cucumber", "pumpkins"];
    ax.bar(categories, np.random.rand(categories.length));
  },
  mosaic: () => {
    const [fig, axd] = plt.subplot_mosaic([["upleft", "right"], ["lowleft", "right"]], { layout: "constrained" });
    axd.upleft.set_title("upleft");
    axd.lowleft.set_title("lowleft");
    axd.right.set_title("right");
  },
  "color mapped data": () => {
    const [data1, data2, data3] = qsData().sets;
    const [X, Y] = np.meshgrid(np.linspace(-3, 3, 128), np.linspace(-3, 3, 128));
    const Z = np.multiply(
      np.add(np.add(np.subtract(1, np.divide(X, 2)), np.power(X, 5)), np.power(Y, 3)),
      np.exp(np.subtract(np.negative(np.power(X, 2)), np.power(Y, 2))),
    );
    const [fig, axs] = plt.subplots(2, 2, { layout: "constrained" }) as any;
    let pc: any = axs[0][0].pcolormesh(X, Y, Z, { vmin: -1, vmax: 1, cmap: "RdBu_r" });
    fig.colorbar(pc, { ax: axs[0][0] });
    axs[0][0].set_title("pcolormesh()");
    const co = axs[0][1].contourf(X, Y, Z, { levels: np.linspace(-1.25, 1.25, 11) });
    fig.colorbar(co, { ax: axs[0][1] });
    axs[0][1].set_title("contourf()");
    pc = axs[1][0].imshow(np.multiply(np.power(Z, 2), 100), { cmap: "plasma", norm: new plt.colors.LogNorm({ vmin: 0.01, vmax: 100 }) });
    fig.colorbar(pc, { ax: axs[1][0], extend: "both" });
    axs[1][0].set_title("imshow() with LogNorm()");
    pc = axs[1][1].scatter(data1, data2, { c: data3, cmap: "RdBu_r" });
    fig.colorbar(pc, { ax: axs[1][1], extend: "both" });
    axs[1][1].set_title("scatter()");
  },
  "additional axis objects": () => {
    const t = np.arange(0.0, 5.0, 0.01);
    const s = np.cos(np.multiply(2 * Math.PI, t));
    const [fig, [ax1, ax3]] = plt.subplots(1, 2, { figsize: [7, 2.7], layout: "constrained" }) as any;
    const [l1] = ax1.plot(t, s);
    const ax2 = ax1.twinx();
    const [l2] = ax2.plot(t, np.arange(t.shape[0]), "C1");
    ax2.legend([l1, l2], ["Sine (left)", "Straight (right)"]);
    ax3.plot(t, s);
    ax3.set_xlabel("Angle [rad]");
    const ax4 = ax3.secondary_xaxis("top", { functions: [np.rad2deg, np.deg2rad] });
    ax4.set_xlabel("Angle [°]");
  },
  legends: () => {
    const [data1, data2, data3] = qsData().sets;
    const [fig, ax] = plt.subplots({ figsize: [5, 2.7] });
    ax.plot(np.arange(data1.shape[0]), data1, { label: "data1" });
    ax.plot(np.arange(data2.shape[0]), data2, { label: "data2" });
    ax.plot(np.arange(data3.shape[0]), data3, "d", { label: "data3" });
    ax.legend();
  },
};

/** Cells that need what plt does not have yet. */
export const SKIPPED: Record<string, string> = {};

tutorialTests("quick_start", CELLS, SKIPPED);
