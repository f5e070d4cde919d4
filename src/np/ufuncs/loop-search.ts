/**
 * NumPy 1.24's default ufunc type resolution (floor_divide, remainder, power): the first loop,
 * in NumPy's loop order, to which every input casts safely, Python numbers and 0-d arrays by
 * their value when they are of no higher kind than the arrays. It differs from result_type:
 * `np.power(uint8_arr, 257)` runs the int16 loop (result_type says uint16) and
 * `np.floor_divide(uint16_arr, 70000)` the int32 one.
 */
import {
  DType, Operand, can_cast, float32, float64, int16, int32, int64, int8, min_scalar_type, uint16, uint32, uint64, uint8,
} from "../dtype";

/** The integer and float loops in NumPy's order (float16 is not supported: its loop is skipped). */
const LOOPS: readonly DType[] = [int8, uint8, int16, uint16, int32, uint32, int64, uint64, float32, float64];
const SIGNED_OF: Record<string, DType> = { uint8: int8, uint16: int16, uint32: int32, uint64: int64 };

const category = (dt: DType): number => (dt.kind === "b" ? 0 : dt.kind === "f" ? 2 : 1);

/** Whether a scalar of this dtype and value casts safely to `to` by value (a small unsigned value may go signed). */
function scalarCasts(op: Operand, to: DType): boolean {
  const min = min_scalar_type(op.value, op.dtype.kind);
  if (can_cast(min, to)) return true;
  const signed = SIGNED_OF[min.name];
  return signed !== undefined && op.value < 2 ** (min.itemsize * 8 - 1) && can_cast(signed, to);
}

/** The loop dtype NumPy's linear search picks for these operands (float64 when none fits). */
export function linearSearchType(ops: readonly Operand[]): DType {
  let maxArray = -1;
  let maxScalar = -1;
  for (const op of ops) {
    const c = category(op.dtype);
    if (op.scalar) maxScalar = Math.max(maxScalar, c);
    else maxArray = Math.max(maxArray, c);
  }
  const byValue = maxArray >= 0 && maxScalar >= 0 && maxScalar <= maxArray;
  for (const loop of LOOPS) {
    let fits = true;
    for (const op of ops) {
      if (!(byValue && op.scalar ? scalarCasts(op, loop) : can_cast(op.dtype, loop))) {
        fits = false;
        break;
      }
    }
    if (fits) return loop;
  }
  return float64;
}
