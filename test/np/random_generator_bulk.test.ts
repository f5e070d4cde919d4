// Generator's bulk fills against NumPy 1.24: one stream per seed through fills of many sizes
// (short ones drawn one by one, long ones in the WebAssembly kernel, in place in the shared heap
// or through its scratch area), each checked by the SHA-256 of its bytes and its first values,
// then the state left behind.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createHash } from "node:crypto";
import { loadGolden, GoldenArray } from "../helpers/golden";
import { default_rng, Generator } from "../../src/np/random/generator";
import { NDArray } from "../../src/np/ndarray";
import { contiguousStorage } from "../../src/np/contiguous";
import { uninitStorage } from "../../src/np/alloc";
import { float64 } from "../../src/np/dtype";

interface Step {
  method: string;
  args: unknown[];
  kwargs: Record<string, unknown>;
}

interface Entry {
  seed: string;
  results: { sha: string; head: GoldenArray }[];
  state: string;
  has_uint32: number;
  uinteger: number;
  after: GoldenArray;
}

const G = loadGolden<{ steps: Step[]; seeds: Entry[] }>("random/generator_bulk");

function sha(a: NDArray): string {
  const d = contiguousStorage(a);
  if (a.dtype.name === "int64") {
    const b = new BigInt64Array(d.length);
    for (let i = 0; i < d.length; i++) b[i] = BigInt(d[i]);
    return createHash("sha256").update(new Uint8Array(b.buffer)).digest("hex");
  }
  return createHash("sha256").update(new Uint8Array(d.buffer, d.byteOffset, d.byteLength)).digest("hex");
}

/** The step's call on `rng`; `out` as a fresh float64 array (in the shared heap when large). */
function run(rng: Generator, step: Step): NDArray {
  const kwargs = { ...step.kwargs };
  if (typeof kwargs.out === "number") {
    const n = kwargs.out;
    kwargs.out = NDArray.fromStorage(uninitStorage(Float64Array, n), [n], float64);
  }
  const method = (rng as unknown as Record<string, (...a: unknown[]) => NDArray>)[step.method];
  const args = Object.keys(kwargs).length > 0 ? [...step.args, kwargs] : step.args;
  const r = method.apply(rng, args);
  return (kwargs.out as NDArray | undefined) ?? r;
}

for (const e of G.seeds) {
  const seed = Number(e.seed);
  test(`default_rng(${e.seed}): bulk fills of every size are NumPy's stream`, () => {
    const rng = default_rng(seed);
    G.steps.forEach((step, k) => {
      const r = run(rng, step);
      const what = `${step.method}(${JSON.stringify(step.args)}, ${JSON.stringify(step.kwargs)})`;
      const d = contiguousStorage(r);
      e.results[k].head.data.forEach((v, i) => assert.ok(Object.is(d[i], v), `${what}[${i}]: ${d[i]} != ${v}`));
      assert.is(sha(r), e.results[k].sha, what);
    });
    const st = rng.bit_generator.state;
    assert.is(st.state.state.toString(), e.state);
    assert.is(st.has_uint32, e.has_uint32);
    assert.is(st.uinteger, e.uinteger);
    assert.equal(Array.from(contiguousStorage(rng.random(3) as NDArray)), e.after.data);
  });
}

test.run();
