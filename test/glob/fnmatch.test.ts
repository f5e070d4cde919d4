import { test } from "uvu";
import * as assert from "uvu/assert";
import { fnmatch } from "../../src/glob";
import { loadGolden } from "../helpers/golden";

const golden = loadGolden("natsort/fnmatch");

test("fnmatchcase agrees with Python's on every stored name and pattern", () => {
  const wrong: string[] = [];
  for (const [name, pat, expected] of golden.cases as [string, string, boolean][]) {
    if (fnmatch.fnmatchcase(name, pat) !== expected) wrong.push(`fnmatchcase(${JSON.stringify(name)}, ${JSON.stringify(pat)}) should be ${expected}`);
  }
  assert.equal(wrong, []);
  assert.ok(golden.cases.length > 2500);
});

test("filter keeps order; translate matches whole names without '/'", () => {
  assert.equal(fnmatch.filter(["b.txt", "a.png", "a.txt"], "*.txt"), ["b.txt", "a.txt"]);
  assert.ok(fnmatch.translate("IMG_[0-9]*").test("IMG_10.JPG"));
  assert.not.ok(fnmatch.translate("IMG_[0-9]*").test("xIMG_10.JPG"));
  assert.not.ok(fnmatch.translate("[z-a]").test("a"));
});

test.run();
