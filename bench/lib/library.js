// Access to the compiled package (require("../dist")) by dotted name, so a case that needs a
// function the library does not have yet is reported as "n/a (missing: np.xxx)" instead of
// stopping the run.
"use strict";
const path = require("node:path");

class Missing extends Error {
  constructor(what) {
    super(`missing: ${what}`);
    this.name = "Missing";
    this.what = what;
  }
}

let cached = null;

/** The compiled tslab-sci package, or throws Missing("dist") when it has not been built. */
function load() {
  if (cached) return cached;
  try {
    cached = require(path.resolve(__dirname, "..", "..", "dist"));
  } catch (err) {
    throw new Missing(`dist (run npx tsc -p tsconfig.json): ${err.message.split("\n")[0]}`);
  }
  return cached;
}

/** Resolves "np.random.RandomState" in the package; throws Missing naming the first absent part. */
function need(dotted) {
  let value = load();
  for (const part of dotted.split(".")) {
    value = value == null ? undefined : value[part];
    if (value === undefined) throw new Missing(dotted);
  }
  return value;
}

/** Looks up a method or property on an object, throwing Missing(label) when it is absent. */
function member(obj, name, label) {
  const value = obj == null ? undefined : obj[name];
  if (value === undefined) throw new Missing(label);
  return typeof value === "function" ? value.bind(obj) : value;
}

/** A float64 NDArray of the given shape over `data`, through the public storage constructor. */
function fromFloat64(data, shape) {
  const NDArray = need("np.NDArray");
  const float64 = need("np.float64");
  if (typeof NDArray.fromStorage !== "function") throw new Missing("NDArray.fromStorage");
  // copied by np, as arrays made with np.array / np.zeros / ... are (large ones live in its heap)
  return NDArray.fromStorage(data, shape, float64).copy();
}

module.exports = { Missing, load, need, member, fromFloat64 };

/** Checksum input of a tslab-sci result: an NDArray, a number, or a tuple whose first item is one. */
function flatOf(result) {
  if (Array.isArray(result)) return flatOf(result[0]);
  if (typeof result === "number") return { flat: [result], shape: [], dtype: "float64" };
  // an index (argmax, argmin): NumPy's intp
  if (result && typeof result.index === "number") return { flat: [result.index], shape: [], dtype: "int64" };
  const NDArray = need("np.NDArray");
  if (!(result instanceof NDArray)) throw new Error(`expected an NDArray result, got ${typeof result}`);
  const flat = Array.from(result.ravel().tolist(), Number);
  return { flat, shape: result.shape, dtype: String(result.dtype) };
}

module.exports.flatOf = flatOf;
