/** skimage.transform's geometric transforms and warp against scikit-image 0.19 (scripts/golden/skimage_geometric.py). */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np, skimage } from "../../../src/index";
import { GoldenArray, assertAllClose, float64Digest, loadGolden } from "../../helpers/golden";

const { transform: tf, data } = skimage;
const G = loadGolden("skimage_geometric/geometric");
const arr = (g: GoldenArray) => np.array(g.data, { dtype: g.dtype as never }).reshape(g.shape);
const close = (a: np.NDArray, g: GoldenArray, what: string, rel = 1e-10) => {
  assert.equal(a.shape, g.shape, `${what} shape`);
  assert.is(a.dtype.name, g.dtype, `${what} dtype`);
  assertAllClose(a.ravel().tolist() as number[], g.data, rel, 1e-9, what);
};

const src = arr(G.src);
const C = G.construct;

test("transforms from parameters, their properties, calls, inverses and sums", () => {
  const affine = new tf.AffineTransform({ scale: [1.3, 0.8], rotation: 0.4, shear: 0.2, translation: [5, -3] });
  close(affine.params, C.affine, "affine params");
  close(new tf.AffineTransform(null, 2, 0.1).params, C.affine_scalar, "scalar scale by position");
  const sim = new tf.SimilarityTransform({ scale: 1.5, rotation: -0.3, translation: [10, 4] });
  close(sim.params, C.similarity, "similarity params");
  const euc = new tf.EuclideanTransform({ rotation: 0.7, translation: [-4, 8] });
  close(euc.params, C.euclidean, "euclidean params");
  const [scale, rotation, shear, translation] = C.affine_props;
  assertAllClose(affine.scale.tolist() as number[], scale, 1e-12);
  assert.ok(Math.abs(affine.rotation - rotation) < 1e-12 && Math.abs(affine.shear - shear) < 1e-12);
  assertAllClose(affine.translation.tolist() as number[], translation, 1e-12);
  assert.ok(Math.abs(sim.scale - C.similarity_scale) < 1e-12);
  assert.ok(Math.abs(euc.rotation - C.euclidean_props[0]) < 1e-12);
  assertAllClose(euc.translation.tolist() as number[], C.euclidean_props[1], 1e-12);
  const four = src.get(":4");
  close(affine.__call__(four), C.call, "call");
  close(affine.inverse(four), C.inverse, "inverse");
  const proj = new tf.ProjectiveTransform(np.array([[1.1, 0.1, 3], [0.05, 0.9, -2], [1e-3, 2e-3, 1]]));
  close(proj.__call__(four), C.proj_call, "projective call");
  const sum = affine.__add__(sim);
  close(sum.params, C.sum, "sum");
  assert.is(sum.constructor.name, C.sum_type);
  assert.is(sim.__add__(sim).constructor.name, C.sum_same);
  close(affine.__add__(sim.inverse).params, C.sum_inverse, "sum with an inverse");
  close(tf.matrix_transform(src.get(":3"), proj.params), C.matrix_transform, "matrix_transform");
  assert.is(String(new tf.AffineTransform({ scale: 2 })), C.str);
  assert.throws(() => new tf.AffineTransform(np.eye(3), { scale: 2 }), /You cannot specify the transformation matrix and the implicit parameters at the same time\./);
});

test("estimate_transform of every kind, weighted, in 3-D, with residuals", () => {
  const E = G.estimate;
  const targets: Record<string, np.NDArray> = { euclidean: arr(G.dst_sim), similarity: arr(G.dst_sim), affine: arr(G.dst), projective: arr(G.dst_proj) };
  for (const [kind, dst] of Object.entries(targets)) {
    const t = tf.estimate_transform(kind as never, src, dst);
    close(t.params, E[kind].params, `${kind} params`);
    close(t.residuals(src, dst), E[kind].residuals, `${kind} residuals`);
  }
  const weights = arr(G.weights);
  close(tf.estimate_transform("affine", src, arr(G.dst), { weights }).params, E.affine_weighted.params, "weighted affine");
  close(tf.estimate_transform("projective", src, arr(G.dst_proj), { weights }).params, E.projective_weighted.params, "weighted projective");
  close(tf.estimate_transform("affine", arr(G.src3), arr(G.dst3)).params, E.affine3d.params, "3-D affine");
  const t = new tf.ProjectiveTransform();
  assert.is(t.estimate(src, arr(G.dst_proj)), true);
  close(t.params, E.projective.params, "estimate method");
  assert.is(new tf.ProjectiveTransform().estimate(np.zeros([4, 2]), arr(G.dst_proj).get(":4")), false);
  assert.throws(() => tf.estimate_transform("unknown" as never, src, src), /the transformation type 'unknown' is notimplemented/);
});

test("warp: orders, transforms, inverses, matrices, modes, cval, clip and preserve_range", () => {
  const W = G.warp;
  const rot = new tf.AffineTransform({ rotation: 0.2, translation: [40, -30], scale: 1.1 });
  const camera = data.camera();
  const small = arr(G.small);
  for (const order of [0, 1, 2, 3]) {
    // The spline of order 2 is NumPy's to the last bits only (1e-9 below), the others bit for bit.
    if (order !== 2) {
      const out = tf.warp(camera, rot, { order });
      assert.is(float64Digest(out.astype("float64").ravel().tolist() as number[]), W[`camera_${order}`], `camera order ${order}`);
    }
    close(tf.warp(small, rot, { order }), W[`small_${order}`], `order ${order}`, 1e-9);
  }
  close(tf.warp(small, rot.inverse), W.small_inverse, "inverse");
  close(tf.warp(small, rot.params, { output_shape: [20, 25] }), W.small_matrix, "matrix and output_shape");
  const proj = new tf.ProjectiveTransform(np.array([[1.1, 0.1, 3], [0.05, 0.9, -2], [1e-3, 2e-3, 1]]));
  close(tf.warp(small, proj, { order: 1 }), W.small_proj, "projective");
  close(tf.warp(small, proj, { order: 0 }), W.small_proj0, "projective nearest");
  close(tf.warp(small, rot, { mode: "edge", order: 3 }), W.small_edge, "edge");
  close(tf.warp(small, rot, { mode: "wrap" }), W.small_wrap, "wrap");
  close(tf.warp(small, rot, { cval: 0.5, clip: false }), W.small_cval, "cval, no clip");
  close(tf.warp(small, rot, { preserve_range: true }), W.small_range, "preserve_range");
  close(tf.warp(arr(G.astro), rot, { order: 3 }), W.astro, "colour");
  assert.throws(() => tf.warp(small, (c: np.NDArray) => c), (e: Error) => e.name === "NotImplementedError");
  assert.throws(() => tf.warp(small, rot, { map_args: { a: 1 } }), (e: Error) => e.name === "NotImplementedError");
});

test.run();
