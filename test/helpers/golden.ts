/**
 * Reads golden fixtures written by scripts/golden/golden_io.py (see there for the format).
 * Arrays come back as { dtype, shape, data } with data a number[] (bool as 0/1 numbers).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const GOLDEN_DIR = join(__dirname, "..", "golden");

export interface GoldenArray {
  dtype: string;
  shape: number[];
  data: number[];
}

const BIN_READERS: Record<string, (b: Buffer) => ArrayLike<number>> = {
  bool: (b) => new Uint8Array(b.buffer, b.byteOffset, b.length),
  uint8: (b) => new Uint8Array(b.buffer, b.byteOffset, b.length),
  int8: (b) => new Int8Array(b.buffer, b.byteOffset, b.length),
  uint16: (b) => new Uint16Array(aligned(b)),
  int16: (b) => new Int16Array(aligned(b)),
  uint32: (b) => new Uint32Array(aligned(b)),
  int32: (b) => new Int32Array(aligned(b)),
  float32: (b) => new Float32Array(aligned(b)),
  float64: (b) => new Float64Array(aligned(b)),
  int64: (b) => Array.from(new BigInt64Array(aligned(b)), Number),
  uint64: (b) => Array.from(new BigUint64Array(aligned(b)), Number),
};

function aligned(b: Buffer): ArrayBuffer {
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.length) as ArrayBuffer;
}

function decodeScalar(v: unknown): unknown {
  if (v === "nan") return NaN;
  if (v === "inf") return Infinity;
  if (v === "-inf") return -Infinity;
  return v;
}

function decode(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(decode);
  if (v !== null && typeof v === "object") {
    const obj = v as Record<string, unknown>;
    if ("__ndarray__" in obj) {
      const nd = obj.__ndarray__ as { dtype: string; shape: number[]; data?: unknown[]; file?: string };
      let data: number[];
      if (nd.file !== undefined) {
        const reader = BIN_READERS[nd.dtype];
        if (!reader) throw new Error(`golden: no binary reader for dtype ${nd.dtype}`);
        data = Array.from(reader(readFileSync(join(GOLDEN_DIR, nd.file))));
      } else {
        data = (nd.data ?? []).map((x) => Number(decodeScalar(x)));
      }
      return { dtype: nd.dtype, shape: nd.shape, data } satisfies GoldenArray;
    }
    const out: Record<string, unknown> = {};
    for (const [k, val] of Object.entries(obj)) out[k] = decode(val);
    return out;
  }
  return decodeScalar(v);
}

/** Loads test/golden/<name>.json, decoding arrays and non-finite floats. */
export function loadGolden<T = any>(name: string): T {
  return decode(JSON.parse(readFileSync(join(GOLDEN_DIR, name + ".json"), "utf8"))) as T;
}

/** True when a and b agree to `rel` relative tolerance (NaNs equal, infinities exact). */
export function closeTo(a: number, b: number, rel = 1e-12, abs = 0): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a === b;
  return Math.abs(a - b) <= Math.max(abs, rel * Math.max(Math.abs(a), Math.abs(b)));
}

/** Throws naming the first element that differs beyond tolerance. */
export function assertAllClose(actual: ArrayLike<number>, expected: ArrayLike<number>, rel = 1e-12, abs = 0, what = "array"): void {
  if (actual.length !== expected.length) {
    throw new Error(`${what}: length ${actual.length} != expected ${expected.length}`);
  }
  for (let i = 0; i < expected.length; i++) {
    if (!closeTo(actual[i], expected[i], rel, abs)) {
      throw new Error(`${what}: element ${i} is ${actual[i]}, expected ${expected[i]} (rel ${rel}, abs ${abs})`);
    }
  }
}

/** The fixture reader turns the strings "nan"/"inf"/"-inf" into numbers: a text field's string back. */
export function fixtureText(v: unknown): string {
  if (typeof v === "string") return v;
  if (typeof v === "number" && Number.isNaN(v)) return "nan";
  if (v === Infinity) return "inf";
  if (v === -Infinity) return "-inf";
  throw new Error(`fixture text expected, got ${String(v)}`);
}

/** golden_io.digest of float64 values: SHA-256 of their little-endian bytes, every NaN as np.nan. */
export function float64Digest(values: ArrayLike<number>): string {
  const canonical = Float64Array.from(values, (v) => (Number.isNaN(v) ? NaN : v));
  return createHash("sha256").update(new Uint8Array(canonical.buffer)).digest("hex");
}
