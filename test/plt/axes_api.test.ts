/**
 * Axes' state methods (bounds, margins, autoscaling, sharing, clearing, set / update, log-scale
 * shortcuts, tick label readers) and pyplot's housekeeping against matplotlib: the cases of
 * test/golden/plt/axes_api.json (scripts/golden/plt_axes_api.py, Debian's matplotlib).
 */
import { test } from "uvu";
import { runCases } from "./api_replay";

runCases("plt/axes_api");

test.run();
