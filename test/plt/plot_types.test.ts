/**
 * hist2d, broken_barh, spy and bar_label against matplotlib: the cases of
 * test/golden/plt/plot_types.json (scripts/golden/plt_plot_types.py, Debian's matplotlib).
 */
import { test } from "uvu";
import { runCases } from "./api_replay";

runCases("plt/plot_types");

test.run();
