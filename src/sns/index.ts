/**
 * sns: seaborn's scatterplot, lineplot, histplot, styles and palettes on top of plt. Each plot
 * returns its Axes; a cell ending with one shows the figure, as in a Jupyter notebook.
 */
export { scatterplot, lineplot, RelationalOptions, DataTable, Column } from "./relational";
export { histplot, HistplotOptions } from "./histplot";
export { set_style, set_theme, set, set_palette, axes_style, StyleName, ThemeOptions } from "./style";
export { color_palette, SEABORN_PALETTES } from "./palettes";
export { set_color_codes } from "./palettes";
export { heatmap, HeatmapOptions, HeatmapTicklabels } from "./heatmap";
export { barplot, countplot, BarplotOptions, CategoricalBarOptions } from "./barplot";
export { plotting_context, set_context, ContextName, ContextValues } from "./context";
export { hls_palette, husl_palette, light_palette, dark_palette, SequentialPaletteOptions } from "./palettes_built";
export { stripplot, swarmplot, CategoricalScatterOptions } from "./stripplot";
export { boxplot, BoxplotOptions } from "./boxplot";
export { violinplot, ViolinplotOptions } from "./violinplot";
export { pointplot, PointplotOptions } from "./pointplot";
export { regplot, RegplotOptions } from "./regplot";
export { kdeplot, KdeplotOptions } from "./kdeplot";
export { pairplot, PairGrid, PairplotOptions } from "./pairplot";
export { jointplot, JointGrid, JointplotOptions } from "./jointplot";
export { lmplot, FacetGrid, LmplotOptions } from "./lmplot";
export { displot, DisplotOptions } from "./displot";
