/** The artist API a plot checker reads, replayed against matplotlib's answers (test/golden/plt/artists.json, categorical.json). */
import { test } from "uvu";
import { testCases } from "./replay";
import { assertReadsLike } from "./artist_reader";

// errorbar's data line holds an object array in matplotlib, stem's lines int64: plt keeps float64 there
const floatLines = (e: Record<string, any>) => ({ ...e, lines: e.lines.map(({ xdtype: _d, ...rest }: Record<string, unknown>) => rest) });
testCases("plt/artists", (ax, fig, e, label) => assertReadsLike(fig, ax, label.startsWith("containers") ? floatLines(e) : e, label));
testCases("plt/categorical", (ax, fig, e, label) => assertReadsLike(fig, ax, e, label));

test.run();
