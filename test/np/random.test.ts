import { test } from "uvu";
import * as assert from "uvu/assert";
import * as random from "../../src/np/random";
import * as dtypes from "../../src/np/dtype";

const np = { random, ...dtypes };
import { NDArray } from "../../src/np/ndarray";
import { MT19937 } from "../../src/np/random/mt19937";
import { contiguousStorage } from "../../src/np/contiguous";
import { GoldenArray, loadGolden } from "../helpers/golden";

type Op = [string, unknown[], Record<string, unknown>];
const legacy = loadGolden("random/legacy");
const program = legacy.program as Op[];

function values(a: NDArray): number[] {
  return Array.from(contiguousStorage(a));
}

/** Exact comparison (=== per element, same shape and dtype). */
function assertExact(actual: unknown, expected: unknown, what: string): void {
  if (expected !== null && typeof expected === "object" && "dtype" in (expected as object)) {
    const e = expected as GoldenArray;
    assert.ok(actual instanceof NDArray, `${what}: expected an NDArray`);
    const a = actual as NDArray;
    assert.equal(a.shape, e.shape, `${what}: shape`);
    assert.is(a.dtype.name, e.dtype, `${what}: dtype`);
    const av = values(a);
    for (let i = 0; i < e.data.length; i++) {
      if (av[i] !== e.data[i]) assert.unreachable(`${what}[${i}]: ${av[i]} !== ${e.data[i]}`);
    }
    return;
  }
  const e = expected as { int?: number; float?: number };
  assert.is(typeof actual, "number", `${what}: expected a number`);
  assert.is(actual, e.int ?? e.float, what);
}

function run(rs: InstanceType<typeof np.random.RandomState>, [op, args, kwargs]: Op): unknown {
  const kw = Object.keys(kwargs).length > 0 ? [kwargs] : [];
  switch (op) {
    case "shuffle_arange": {
      const n = args[0] as number;
      const x = NDArray.fromStorage(Float64Array.from({ length: n }, (_, i) => i), [n], np.int64);
      rs.shuffle(x);
      return x;
    }
    case "shuffle_2d": {
      const [r, c] = args as number[];
      const x = NDArray.fromStorage(Float64Array.from({ length: r * c }, (_, i) => i), [r, c], np.float64);
      rs.shuffle(x);
      return x;
    }
    default:
      return (rs as any)[op](...args, ...kw);
  }
}

test("RandomState replays NumPy's legacy stream for every seed and function", () => {
  assert.ok(legacy.cases.length >= 30);
  for (const c of legacy.cases) {
    const rs = new np.random.RandomState(c.seed);
    program.forEach((op, i) => {
      assertExact(run(rs, op), c.results[i], `seed ${JSON.stringify(c.seed).slice(0, 40)} op ${i} ${op[0]}`);
    });
    const st = rs.get_state();
    assert.equal(values(st[1]), c.state.key.data, "state key");
    assert.is(st[2], c.state.pos);
    assert.is(st[3], c.state.has_gauss);
    assert.is(st[4], c.state.gauss);
  }
});

test("module-level functions use the global RandomState", () => {
  const m = legacy.module;
  np.random.seed(2020);
  assertExact(np.random.rand(3), m.rand, "rand");
  assertExact(np.random.randn(2, 2), m.randn, "randn");
  assertExact(np.random.randint(0, 50, 5), m.randint, "randint");
  assertExact(np.random.choice(8, 3), m.choice, "choice");
  assertExact(np.random.permutation(6), m.permutation, "permutation");
  assertExact(np.random.random(2), m.random, "random");
  assertExact(np.random.normal(0, 2, 3), m.normal, "normal");
  assertExact(np.random.uniform(1, 2, 2), m.uniform, "uniform");
});

test("long Gaussian and uniform runs match bit for bit", () => {
  const big = loadGolden("random/big");
  assertExact(new np.random.RandomState(0).randn(100000), big.seed0, "randn seed 0");
  assertExact(new np.random.RandomState(2020).standard_normal(100001), big.seed2020, "standard_normal seed 2020");
  assertExact(new np.random.RandomState(42).random_sample(50000), big.uniform42, "random_sample seed 42");
});

test("get_state / set_state round trip keeps the cached Gaussian", () => {
  const s = legacy.state_mid;
  const rs = new np.random.RandomState(5);
  rs.randn(3);
  const st = rs.get_state();
  assert.equal(values(st[1]), s.key.data);
  assert.is(st[2], s.pos);
  assert.is(st[3], s.has_gauss);
  assert.is(st[4], s.gauss);
  const other = new np.random.RandomState(1);
  other.set_state(st);
  assertExact(other.randn(4), s.after, "after set_state");
  const dict = rs.get_state({ legacy: false });
  const third = new np.random.RandomState();
  third.set_state(dict);
  assertExact(third.randn(4), s.after, "after dict set_state");
});

function throws(fn: () => unknown, name: string, message: string): void {
  try {
    fn();
  } catch (e) {
    assert.is((e as Error).name, name);
    assert.is((e as Error).message, message);
    return;
  }
  assert.unreachable(`expected ${name}: ${message}`);
}

test("errors read like NumPy's", () => {
  const R = np.random.RandomState;
  throws(() => new R(2 ** 32), "ValueError", "Seed must be between 0 and 2**32 - 1");
  throws(() => new R(-1), "ValueError", "Seed must be between 0 and 2**32 - 1");
  throws(() => new R([2 ** 32]), "ValueError", "Seed must be between 0 and 2**32 - 1");
  throws(() => new R([]), "ValueError", "Seed must be non-empty");
  throws(() => new R(1.5), "TypeError", "Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'safe'");
  const rs = new R(0);
  throws(() => rs.randint(5, 5), "ValueError", "low >= high");
  throws(() => rs.randint(-1, 5, 3, "uint8"), "ValueError", "low is out of bounds for uint8");
  throws(() => rs.randint(0, 300, 3, "uint8"), "ValueError", "high is out of bounds for uint8");
  throws(() => rs.rand(-1), "ValueError", "negative dimensions are not allowed");
  throws(() => rs.randn(2, -1), "ValueError", "negative dimensions are not allowed");
  throws(() => rs.normal({ size: -2 }), "ValueError", "negative dimensions are not allowed");
  throws(() => rs.choice([]), "ValueError", "'a' cannot be empty unless no samples are taken");
  throws(() => rs.choice(0), "ValueError", "a must be greater than 0 unless no samples are taken");
  throws(() => rs.choice(3, { p: [0.5, 0.6, 0.1] }), "ValueError", "probabilities do not sum to 1");
  throws(() => rs.choice(3, { p: [0.5, 0.5] }), "ValueError", "'a' and 'p' must have same size");
  throws(() => rs.choice(3, { p: [1.5, -0.5, 0] }), "ValueError", "probabilities are not non-negative");
  throws(() => rs.choice(3, 4, false), "ValueError", "Cannot take a larger sample than population when 'replace=False'");
  throws(() => rs.choice(3, 2, false, [1, 0, 0]), "ValueError", "Fewer non-zero entries in p than size");
  throws(() => rs.normal(0, -1), "ValueError", "scale < 0");
  throws(() => rs.uniform(0, Infinity), "OverflowError", "Range exceeds valid bounds");
  throws(() => rs.permutation(NDArray.fromStorage(new Float64Array([3]), [], np.float64)), "IndexError", "x must be an integer or at least 1-dimensional");
});

test("the JavaScript fallback and the WebAssembly kernel give the same stream", () => {
  for (const seed of [0, 2020, 4294967295]) {
    const a = new MT19937(true);
    const b = new MT19937(false);
    a.seedInt(seed);
    b.seedInt(seed);
    const da = new Float64Array(3001);
    const db = new Float64Array(3001);
    a.fillDoubles(da);
    b.fillDoubles(db);
    assert.equal(Array.from(da), Array.from(db));
    a.fillGauss(da);
    b.fillGauss(db);
    assert.equal(Array.from(da), Array.from(db));
    for (let i = 0; i < 700; i++) assert.is(a.nextUint32(), b.nextUint32());
    assert.equal(Array.from(a.key), Array.from(b.key));
    // odd word positions, a cached second value, and fills of every parity across many twists
    for (const n of [257, 4097, 20001, 256, 9000]) {
      for (let i = 0; i < 3; i++) assert.is(a.nextUint32(), b.nextUint32());
      const ga = new Float64Array(n);
      const gb = new Float64Array(n);
      a.fillGauss(ga);
      b.fillGauss(gb);
      assert.equal(Array.from(ga), Array.from(gb));
      assert.is(a.nextGauss(), b.nextGauss());
    }
    assert.equal(Array.from(a.key), Array.from(b.key));
  }
});

test("scalars come back as numbers, sizes as arrays", () => {
  const rs = new np.random.RandomState(42);
  assert.is(typeof rs.rand(), "number");
  assert.is(typeof rs.randint(3), "number");
  assert.ok(rs.rand(2) instanceof NDArray);
  assert.equal(rs.randint(0, 3, [2, 2]).shape, [2, 2]);
});

test.run();
