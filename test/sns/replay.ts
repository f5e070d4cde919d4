/**
 * The sns fixture calls (heatmap, barplot/countplot, stripplot/swarmplot, boxplot, violinplot, pointplot, regplot, kdeplot, histplot with hue, displot, pairplot, jointplot, lmplot, lineplot bands, contexts, palettes), replayed for
 * plt's coverage test: each is checked against seaborn in its own test file here
 * (heatmap.test.ts, barplot.test.ts, catscatter.test.ts, boxes.test.ts, regplot.test.ts, kdeplot.test.ts, histplot_hue.test.ts, displot.test.ts, grids.test.ts, lineplot_ci.test.ts, context.test.ts, palettes_built.test.ts).
 */
import { plt, sns, np } from "../../src";
import { loadGolden } from "../helpers/golden";

type Json = Record<string, any>;

/** Calls every sns fixture case through `record` (which swallows refusals). */
export function replaySnsFixtures(record: (fn: () => unknown) => void): void {
  const heat = loadGolden<{ cases: { kwargs: Json }[] }>("sns_heatmap/heatmap");
  for (const c of heat.cases) {
    plt.close("all");
    const [, ax] = plt.subplots();
    const { data, ...kwargs } = c.kwargs;
    record(() => sns.heatmap(data, { ...kwargs, ax }));
  }
  const bars = loadGolden<{ tips: Json; cases: { function: string; kwargs: Json }[] }>("sns_categorical/bars");
  for (const c of bars.cases) {
    plt.close("all");
    const [, ax] = plt.subplots();
    const kwargs = { ...c.kwargs, ax };
    if (kwargs.data === "TIPS" || kwargs.data === "ROWS") kwargs.data = bars.tips;
    if (kwargs.seed === "RandomState(0)") kwargs.seed = new np.random.RandomState(0);
    if (kwargs.seed === "default_rng(0)") kwargs.seed = np.random.default_rng(0);
    record(() => (sns as any)[c.function](kwargs));
  }
  const bands = loadGolden<{ T: Json; cases: { kwargs: Json }[] }>("sns_lineplot/ci");
  for (const c of bands.cases) {
    plt.close("all");
    const [, ax] = plt.subplots();
    record(() => sns.lineplot({ ...c.kwargs, data: bands.T, ax }));
  }
  const points = loadGolden<{ tips: Json; cases: { function: string; kwargs: Json }[] }>("sns_catscatter/points");
  for (const c of points.cases) {
    plt.close("all");
    np.random.seed(0);
    const [, ax] = plt.subplots();
    const { subplots: _, ...given } = c.kwargs;
    const kwargs = { ...given, ax };
    if (kwargs.data === "TIPS" || kwargs.data === "ROWS") kwargs.data = points.tips;
    record(() => (sns as any)[c.function](kwargs));
  }
  for (const fn of ["boxplot", "violinplot", "pointplot"]) {
    const boxes = loadGolden<{ tips: Json; cases: { kwargs: Json }[] }>(`sns_boxes/${fn}`);
    for (const c of boxes.cases) {
      plt.close("all");
      const [, ax] = plt.subplots();
      const kwargs = { ...c.kwargs, ax };
      if (kwargs.data === "TIPS" || kwargs.data === "ROWS") kwargs.data = boxes.tips;
      record(() => (sns as any)[fn](kwargs));
    }
  }
  const regs = loadGolden<{ reg: Json; cases: { kwargs: Json }[] }>("sns_regression/regplot");
  for (const c of regs.cases) {
    plt.close("all");
    const [, ax] = plt.subplots();
    const kwargs = { ...c.kwargs, ax };
    if (kwargs.data === "REG" || kwargs.data === "ROWS") kwargs.data = regs.reg;
    if (kwargs.seed === "RandomState(0)") kwargs.seed = new np.random.RandomState(0);
    record(() => sns.regplot(kwargs));
  }
  const kdes = loadGolden<{ tips: Json; cases: { kwargs: Json }[] }>("sns_kde/kdeplot");
  for (const c of kdes.cases) {
    plt.close("all");
    const [, ax] = plt.subplots();
    const kwargs = { ...c.kwargs, ax, warn_singular: false };
    if (kwargs.data === "TIPS") kwargs.data = kdes.tips;
    record(() => sns.kdeplot(kwargs));
  }
  const hists = loadGolden<{ tips: Json; cases: { kwargs: Json }[] }>("sns_hist/histplot");
  for (const c of hists.cases) {
    plt.close("all");
    const [, ax] = plt.subplots();
    const kwargs = { ...c.kwargs, ax };
    if (kwargs.data === "TIPS") kwargs.data = hists.tips;
    record(() => sns.histplot(kwargs));
  }
  const displots = loadGolden<{ tips: Json; cases: { kwargs: Json }[] }>("sns_hist/displot");
  for (const c of displots.cases) {
    plt.close("all");
    record(() => sns.displot({ data: displots.tips, ...c.kwargs }));
  }
  const pairs = loadGolden<{ iris: Json; cases: { kwargs: Json }[] }>("sns_grids/pairplot");
  for (const c of pairs.cases) {
    plt.close("all");
    record(() => sns.pairplot(pairs.iris, c.kwargs));
  }
  const joints = loadGolden<{ iris: Json; cases: { kwargs: Json }[] }>("sns_grids/jointplot");
  for (const c of joints.cases) {
    plt.close("all");
    record(() => sns.jointplot({ data: joints.iris, ...c.kwargs }));
  }
  const lms = loadGolden<{ reg: Json; cases: { kwargs: Json }[] }>("sns_regression/lmplot");
  for (const c of lms.cases) {
    plt.close("all");
    record(() => sns.lmplot({ data: lms.reg, ...c.kwargs }));
  }
  const contexts = loadGolden<{ cases: { kwargs: Json }[] }>("sns_context/context");
  for (const c of contexts.cases) {
    record(() => sns.plotting_context(c.kwargs));
    record(() => sns.set_context(c.kwargs));
  }
  const palettes = loadGolden<{ cases: { function: string; args: unknown[]; kwargs: Json }[] }>("sns_palettes/palettes");
  for (const c of palettes.cases) record(() => (sns as any)[c.function](...c.args, ...(Object.keys(c.kwargs).length ? [c.kwargs] : [])));
  plt.rcdefaults();
  plt.close("all");
}
