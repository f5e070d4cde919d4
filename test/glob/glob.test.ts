import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as glob from "../../src/glob";
import { loadGolden } from "../helpers/golden";

const golden = loadGolden("natsort/glob");

function makeTree(): string {
  const root = mkdtempSync(join(tmpdir(), "tslab-sci-glob-"));
  for (const d of golden.dirs as string[]) mkdirSync(join(root, d), { recursive: true });
  for (const f of golden.files as string[]) writeFileSync(join(root, f), "x");
  return root;
}

const sorted = (xs: string[]): string[] => xs.slice().sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

test("glob.glob matches Python's glob for every pattern (root_dir and cwd)", () => {
  const root = makeTree();
  const cwd = process.cwd();
  try {
    for (const r of golden.results) {
      const what = `glob(${JSON.stringify(r.pattern)}, ${JSON.stringify(r.kwargs)})`;
      assert.equal(sorted(glob.glob(r.pattern, { ...r.kwargs, root_dir: root })), r.root_dir, `${what} with root_dir`);
    }
    process.chdir(root);
    for (const r of golden.results) {
      const what = `glob(${JSON.stringify(r.pattern)}, ${JSON.stringify(r.kwargs)})`;
      assert.equal(sorted(glob.glob(r.pattern, r.kwargs)), r.cwd, `${what} from the tree's directory`);
    }
  } finally {
    process.chdir(cwd);
    rmSync(root, { recursive: true, force: true });
  }
});

test("glob.iglob yields what Python's iglob yields for every pattern", () => {
  const root = makeTree();
  try {
    for (const r of golden.results) {
      assert.equal(sorted([...glob.iglob(r.pattern, { ...r.kwargs, root_dir: root })]), r.root_dir, `iglob(${JSON.stringify(r.pattern)}, ${JSON.stringify(r.kwargs)})`);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("root_dir below the tree", () => {
  const root = makeTree();
  try {
    assert.equal(sorted(glob.glob("*.png", { root_dir: join(root, "data") })), golden.sub.root_data_png);
    assert.equal(sorted(glob.glob("**", { root_dir: join(root, "data"), recursive: true })), golden.sub.root_data_rec);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("escape, has_magic and fnmatch", () => {
  assert.is(glob.escape("x[1]?.png"), "x[[]1][?].png");
  assert.ok(glob.has_magic("a*"));
  assert.not.ok(glob.has_magic("a.txt"));
  assert.ok(glob.fnmatch.fnmatchcase("IMG_1.JPG", "*JPG"));
  assert.not.ok(glob.fnmatch.fnmatchcase("img_1.jpg", "*JPG"));
  assert.ok(glob.fnmatch.fnmatchcase("]x", "[]]*"));
  assert.ok(glob.fnmatch.fnmatchcase("b", "[!a]"));
  assert.not.ok(glob.fnmatch.fnmatchcase("a", "[!a]"));
});

test.run();
