/**
 * Every public function of natsort carries its Python signature; bad calls raise what natsort
 * 8 raises (class and message from test/golden/natsort/bad_input.json).
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { glob as globNs, natsort } from "../../src";
import { replayBadInput } from "../skimage/_bad_input";
import { NotImplementedError } from "../../src/errors";

const { natsorted, natsort_keygen, natsort_key, order_by_index, realsorted, index_natsorted, ns } = natsort;
const anyFn = (f: unknown) => f as (...args: unknown[]) => unknown;



test("key, reverse and alg by position or by keyword", () => {
  const files = ["a10", "A2", "a1"];
  // natsorted(files, None, True, ns.IGNORECASE) == ['a10', 'A2', 'a1']
  assert.equal(natsorted(files, null, true, ns.IGNORECASE), ["a10", "A2", "a1"]);
  assert.equal(natsorted(files, { reverse: true, alg: ns.IGNORECASE }), ["a10", "A2", "a1"]);
  // natsorted(files, key=str.lower) == ['a1', 'A2', 'a10']
  assert.equal(natsorted(files, (s: string) => s.toLowerCase()), ["a1", "A2", "a10"]);
  // realsorted(['-1', '-2.5', '3']) == ['-2.5', '-1', '3']; index_natsorted(['b2', 'b10', 'a']) == [2, 0, 1]
  assert.equal(realsorted(["-1", "-2.5", "3"]), ["-2.5", "-1", "3"]);
  assert.equal(index_natsorted(["b2", "b10", "a"]), [2, 0, 1]);
  // realsorted(['-1', '-2.5', '3'], None, True); realsorted(['x-1', 'X-2.5', 'x3'], str.lower, False, ns.IGNORECASE)
  assert.equal(realsorted(["-1", "-2.5", "3"], null, true), ["3", "-1", "-2.5"]);
  assert.equal(realsorted(["x-1", "X-2.5", "x3"], (s: string) => s.toLowerCase(), false, ns.IGNORECASE), ["X-2.5", "x-1", "x3"]);
  // index_natsorted(['b2', 'B10', 'a'], key=str.lower, reverse=True, alg=ns.DEFAULT)
  assert.equal(index_natsorted(["b2", "B10", "a"], { key: (s: string) => s.toLowerCase(), reverse: true, alg: ns.DEFAULT }), [1, 0, 2]);
  // index_natsorted(['b2', 'B10', 'a'], alg=ns.IGNORECASE) == [2, 0, 1]
  assert.equal(index_natsorted(["b2", "B10", "a"], { alg: ns.IGNORECASE }), [2, 0, 1]);
  // natsort_key('a10') == ('a', 10); natsort_key('X', key=str.lower) == ('x',)
  assert.equal(natsort_key("a10"), ["a", 10]);
  assert.equal(natsort_key("X", { key: (s: string) => s.toLowerCase() }), ["x"]);
  assert.equal(natsort_keygen({ alg: ns.IGNORECASE })("B1"), ["b", 1]);
  // order_by_index([1, 2, 3], [-1, 0]) == [3, 1]; with iter=True an iterator
  assert.equal(order_by_index([1, 2, 3], [-1, 0]), [3, 1]);
  assert.equal([...order_by_index([1, 2, 3], [2, 1], true)], [3, 2]);
});

test("the locale flags and natsort's parser factories are NotImplementedError", () => {
  assert.throws(() => natsorted(["a"], { alg: ns.IGNORECASE | 16 }), (e: Error) => e instanceof NotImplementedError && /alg=80/.test(e.message));
  assert.throws(() => natsort_key("a", { string_func: (() => 1) as unknown as null }), (e: Error) => e instanceof NotImplementedError && /string_func/.test(e.message));
  // unknown bits mean nothing in natsort either: natsorted(['b', 'a'], alg=1 << 20) == ['a', 'b']
  assert.equal(natsorted(["b", "a"], { alg: 1 << 20 }), ["a", "b"]);
});

test("bad calls raise natsort's and glob's exception class and message", () => {
  const { glob, escape, fnmatch } = globNs as unknown as Record<string, any>;
  const n = replayBadInput("natsort/bad_input", {
    natsorted_missing: () => anyFn(natsorted)(),
    natsorted_unknown_keyword: () => anyFn(natsorted)(["a"], { revers: true }),
    natsorted_float_alg: () => natsorted(["a"], { alg: 2.5 }),
    natsorted_str_alg: () => natsorted(["a"], { alg: "x" as unknown as number }),
    natsort_keygen_too_many: () => anyFn(natsort_keygen)(null, 0, 1),
    order_by_index_out_of_range: () => order_by_index([1, 2, 3], [5]),
    order_by_index_missing: () => anyFn(order_by_index)([1, 2, 3]),
    glob_unknown_keyword: () => glob("*", { recursve: true }),
    glob_missing: () => glob(),
    glob_too_many: () => glob("*", "x"),
    escape_missing: () => escape(),
    fnmatch_missing: () => fnmatch.fnmatch("a"),
    filter_non_string_name: () => fnmatch.filter([1], "a"),
  });
  assert.is(n, 13);
});

test.run();
