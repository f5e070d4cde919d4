/**
 * dot and matmul with complex operands, from real products of the parts:
 * (Xr + iXi)(Yr + iYi) = (XrYr - XiYi) + i(XrYi + XiYr), each product on the float views.
 */
import { promote_types } from "../dtype";
import { NDArray } from "../ndarray";
import { astype } from "../cast";
import { add, subtract } from "../ufuncs/binary";
import { complexOf, partView } from "./parts";
import { joinParts } from "./reduce";

type Product = (x: NDArray, y: NDArray) => NDArray;

/** `product(x, y)` where x or y is complex, computed as real products of the parts. */
export function complexProduct(product: Product, x: NDArray, y: NDArray): NDArray {
  const dt = complexOf(promote_types(x.dtype, y.dtype));
  const a = x.dtype === dt ? x : astype(x, dt);
  const b = y.dtype === dt ? y : astype(y, dt);
  const ar = partView(a, 0);
  const ai = partView(a, 1);
  const br = partView(b, 0);
  const bi = partView(b, 1);
  const re = subtract(product(ar, br), product(ai, bi));
  const im = add(product(ar, bi), product(ai, br));
  return joinParts(re, im, dt) as NDArray;
}
