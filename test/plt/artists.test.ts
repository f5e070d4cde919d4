/** The artist API a plot checker reads, replayed against matplotlib's answers (test/golden/plt/artists.json, categorical.json). */
import { test } from "uvu";
import { testCases } from "./replay";
import { assertReadsLike } from "./artist_reader";

testCases("plt/artists", (ax, fig, e, label) => assertReadsLike(fig, ax, e, label));
testCases("plt/categorical", (ax, fig, e, label) => assertReadsLike(fig, ax, e, label));

test.run();
