import { test } from "uvu";
import * as assert from "uvu/assert";
import { np } from "../../../src";
import { loadGolden } from "../../helpers/golden";
import { Case, runCases } from "../_cases";

const golden = loadGolden<{ cases: Case[] }>("np_more_math/einsum");
const OPS: Record<string, (...args: any[]) => unknown> = {};
for (const c of golden.cases) OPS[c.op] = (...args: unknown[]) => np.einsum(c.op.slice("einsum:".length), ...(args as np.NDArray[]));

test(`einsum matches NumPy: transpose, trace, diagonal, sums, products, batches (${golden.cases.length} cases)`, () => {
  const failures = runCases(golden.cases, OPS, new Set(Object.keys(OPS)), 1e-5);
  assert.equal(failures.slice(0, 12), [], `${failures.length} failures`);
});

test("einsum writes into out and refuses what it does not support", () => {
  const out = np.zeros([2, 2]);
  assert.is(np.einsum("ij,jk->ik", np.array([[1, 2], [3, 4]]), np.eye(2), { out }), out);
  assert.equal(out.tolist(), [[1, 2], [3, 4]]);
  assert.throws(() => np.einsum("ij,jk->ik", np.ones([3, 4]), np.ones([5, 2])), (e: Error) => e.name === "ValueError");
  assert.throws(() => np.einsum("ij->ij", np.ones([2, 2]), { dtype: "float32" as any }), (e: Error) => e.name === "NotImplementedError");
});

test.run();
