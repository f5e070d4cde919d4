import { test } from "uvu";
import { skimage } from "../../../src";
import { expectArray, fromGolden, throwsNamed } from "../_helpers";
import { expectSample, g } from "./_more";

const { transform, data } = skimage;
const small = fromGolden(g.small);
const small3 = fromGolden(g.small3);
const u8 = fromGolden(g.u8);
const i32 = fromGolden(g.i32);

test("integral_image: dtypes, n-D, strided input", () => {
  const ii = g.integral;
  expectArray(transform.integral_image(small), ii.small, 1e-12, 0, "float64");
  expectArray(transform.integral_image(u8), ii.u8, 0, 0, "uint8 -> uint64");
  expectArray(transform.integral_image(i32), ii.i32, 0, 0, "int32 -> int64");
  expectArray(transform.integral_image(u8, { dtype: "float32" }), ii.u8_f32, 0, 0, "dtype float32");
  expectArray(transform.integral_image(small3), ii.small3, 1e-12, 0, "3-D");
  expectArray(transform.integral_image(u8.transpose()), ii.T, 0, 0, "transposed");
  expectArray(transform.integral_image(small.astype("float32")), ii.f32, 1e-12, 0, "float32 -> float64");
  expectSample(transform.integral_image(data.camera()), ii.camera, 0, "camera");
});

test("integrate: one box, many boxes, negative corners, 3-D", () => {
  const ii = g.integral;
  const iu = transform.integral_image(u8);
  expectArray(transform.integrate(iu, [2, 3], [7, 9]), ii.integrate_one, 0, 0, "one");
  expectArray(transform.integrate(iu, [[0, 0], [2, 3], [1, 1], [-4, -3]], [[13, 11], [7, 9], [1, 1], [-1, -1]]), ii.integrate_many, 0, 0, "many");
  expectArray(transform.integrate(transform.integral_image(small3), [[1, 2, 0], [0, 0, 0]], [[4, 5, 3], [5, 6, 4]]), ii.integrate_3d, 1e-12, 1e-12, "3-D");
  throwsNamed(() => transform.integrate(iu, [3, 3], [2, 5]), "IndexError", "end coordinates must be greater or equal to start");
});

test.run();
