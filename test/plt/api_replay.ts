/**
 * Replays the fixture cases of scripts/golden/plt_axes_api.py and its siblings: each case makes a
 * figure of its grid, runs its calls (a dotted name from the first Axes, "$axN." or "plt."; an
 * argument "$axN" / "$retN" names an Axes or an earlier call's result) and compares each probe's
 * value, made plain as the generator's plain() does, with matplotlib's.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { plt } from "../../src";
import { NDArray } from "../../src/np/ndarray";
import { Axes } from "../../src/plt";
import { Colormap } from "../../src/plt/colormaps";
import { Text } from "../../src/plt/artist_api";
import { loadGolden } from "../helpers/golden";

type Json = Record<string, any>;

interface ApiCase {
  label: string;
  grid: [number, number];
  calls: [string, unknown[], Json][];
  probes: [string, unknown[]][];
  expected: Json;
}

/** A value as the generator's plain() writes it. */
export function plain(v: unknown): unknown {
  if (v instanceof Text) return v.get_text();
  if (v instanceof Axes) return "<Axes>";
  if (v instanceof Colormap) return v.name;
  if (v instanceof NDArray) return plain(v.tolist());
  if (Array.isArray(v) || ArrayBuffer.isView(v)) return Array.from(v as ArrayLike<unknown>, plain);
  if (v === undefined || v === null) return null;
  if (typeof v === "boolean" || typeof v === "number" || typeof v === "string") return v;
  return (v as object).constructor.name;
}

/** Deep equality with 1e-12 relative tolerance on numbers. */
export function same(a: unknown, e: unknown, what: string): void {
  if (typeof e === "number" && typeof a === "number") {
    if (Number.isNaN(e) && Number.isNaN(a)) return;
    if (!(Math.abs(a - e) <= 1e-12 * Math.max(1, Math.abs(e)))) assert.unreachable(`${what}: ${a} vs ${e}`);
    return;
  }
  if (Array.isArray(e)) {
    assert.ok(Array.isArray(a), `${what}: ${JSON.stringify(a)} vs ${JSON.stringify(e)}`);
    assert.is((a as unknown[]).length, e.length, `${what}: ${JSON.stringify(a)} vs ${JSON.stringify(e)}`);
    e.forEach((x, i) => same((a as unknown[])[i], x, `${what}[${i}]`));
    return;
  }
  assert.equal(a, e, what);
}

/** Follows attribute names and indexes; a method followed by more parts is called first. */
function walk(target: any, parts: string[], upto = parts.length): any {
  for (let i = 0; i < upto; i++) {
    const parent = target;
    target = target[parts[i]];
    if (i < parts.length - 1 && typeof target === "function" && !(parts[i + 1] in target)) target = target.call(parent);
  }
  return target;
}

/** What a dotted name reaches (as the generator's resolve): a bound method, or for "@attr" a function returning the attribute. */
export function resolve(ctx: Record<string, unknown>, name: string): (...a: unknown[]) => unknown {
  let parts = name.split(".");
  let target: any;
  if (parts[0] === "plt") [target, parts] = [plt, parts.slice(1)];
  else if (parts[0].startsWith("$")) [target, parts] = [ctx[parts[0]], parts.slice(1)];
  else target = ctx.$ax0;
  const last = parts[parts.length - 1];
  const owner = walk(target, parts, parts.length - 1);
  if (last.startsWith("@")) return () => owner[last.slice(1)];
  // pyplot's figures list their axes as `fig.axes` (matplotlib's get_axes)
  if (last === "get_axes" && typeof owner[last] !== "function") return () => owner.axes;
  return owner[last].bind(owner);
}

/** The arguments with "$axN" / "$retN" (and "$retN.i") replaced, keywords as the trailing object. */
export function argsOf(ctx: Record<string, unknown>, args: unknown[], kwargs: Json = {}): unknown[] {
  const out = args.map((a) => {
    if (typeof a !== "string" || !a.startsWith("$")) return a;
    const [head, ...rest] = a.split(".");
    return head in ctx ? walk(ctx[head], rest) : a;
  });
  if (Object.keys(kwargs).length > 0) out.push(kwargs);
  return out;
}

export function runCases(name: string): void {
  for (const c of loadGolden<ApiCase[]>(name)) {
    test(c.label, () => {
      plt.close("all");
      plt.rcdefaults();
      const [, axs] = plt.subplots(c.grid[0], c.grid[1], { squeeze: false });
      const ctx: Record<string, unknown> = {};
      (axs as any).flat().forEach((ax: Axes, i: number) => (ctx[`$ax${i}`] = ax));
      const e = c.expected;
      try {
        c.calls.forEach(([fn, args, kwargs], k) => (ctx[`$ret${k}`] = resolve(ctx, fn)(...(argsOf(ctx, args, kwargs) as []))));
      } catch (err) {
        plt.close("all");
        if (e.error === undefined) throw err;
        assert.is((err as Error).name, e.error, c.label);
        assert.is((err as Error).message.trim(), String(e.message).trim(), c.label);
        return;
      }
      if (e.error !== undefined) assert.unreachable(`${c.label}: no ${e.error}`);
      c.probes.forEach(([fn, args], i) => {
        const want = e.probes[i];
        if (want !== null && typeof want === "object" && !Array.isArray(want) && "error" in want) {
          assert.throws(() => resolve(ctx, fn)(...(argsOf(ctx, args) as [])), (err: Error) => err.name === want.error, `${c.label}: ${fn}`);
          return;
        }
        same(plain(resolve(ctx, fn)(...(argsOf(ctx, args) as []))), want, `${c.label}: ${fn}`);
      });
      plt.close("all");
    });
  }
}


/** Runs every case's calls (for the option coverage test), handing each run to `record`. */
export function replayApiCalls(name: string, record: (fn: () => unknown) => void): void {
  for (const c of loadGolden<ApiCase[]>(name)) {
    plt.close("all");
    plt.rcdefaults();
    const [, axs] = plt.subplots(c.grid[0], c.grid[1], { squeeze: false });
    const ctx: Record<string, unknown> = {};
    (axs as any).flat().forEach((ax: Axes, i: number) => (ctx[`$ax${i}`] = ax));
    record(() => c.calls.forEach(([fn, args, kwargs], k) => (ctx[`$ret${k}`] = resolve(ctx, fn)(...(argsOf(ctx, args, kwargs) as [])))));
    for (const [fn, args] of c.probes) record(() => resolve(ctx, fn)(...(argsOf(ctx, args) as [])));
  }
}
