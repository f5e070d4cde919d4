/**
 * The Python signatures of the NDArray methods that hand over to the shape functions
 * (`a.repeat`, `a.take`, `a.diagonal`, ...), as numpy.ndarray documents them.
 */
import { signature } from "../../signature";
import { DTYPE, OUT } from "../params";

export const SHAPE_METHOD = {
  repeat: signature("numpy.ndarray.repeat(repeats, axis=None)", { types: { axis: "int|None" } }),
  diagonal: signature("numpy.ndarray.diagonal(offset=0, axis1=0, axis2=1)", { types: { offset: "int", axis1: "int", axis2: "int" } }),
  trace: signature("numpy.ndarray.trace(offset=0, axis1=0, axis2=1, dtype=None, out=None)", {
    types: { offset: "int", axis1: "int", axis2: "int", dtype: DTYPE, out: OUT },
    unsupported: ["out"],
  }),
  take: signature("numpy.ndarray.take(indices, axis=None, out=None, mode='raise')", { types: { axis: "int|None", out: OUT }, unsupported: ["out"] }),
  put: signature("numpy.ndarray.put(indices, values, mode='raise')"),
  choose: signature("numpy.ndarray.choose(choices, out=None, mode='raise')", { types: { choices: "sequence", out: OUT }, unsupported: ["out"] }),
  compress: signature("numpy.ndarray.compress(condition, axis=None, out=None)", { types: { axis: "int|None", out: OUT }, unsupported: ["out"] }),
};
