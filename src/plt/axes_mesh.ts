/** pcolormesh and matshow as Axes methods, added to Axes' prototype with their matplotlib signatures. */
import { pyfunction } from "../signature";
import { Axes } from "./axes";
import type { NDArrayLike } from "./data";
import type { AxesImage } from "./imshow";
import { drawPcolormesh, PCOLORMESH, PcolormeshOptions, QuadMesh } from "./mesh";
import { drawMatshow, MATSHOW, MatshowOptions } from "./matshow";

declare module "./axes" {
  interface Axes {
    /**
     * `Axes.pcolormesh(*args, alpha=None, norm=None, cmap=None, vmin=None, vmax=None, shading=None, antialiased=False, data=None, **kwargs)`:
     * a pseudocolor grid, `pcolormesh([X, Y,] C, **kwargs)`; X and Y the cell corners (flat) or centres (nearest).
     */
    pcolormesh(...args: [C: NDArrayLike, options?: PcolormeshOptions] | [X: NDArrayLike, Y: NDArrayLike, C: NDArrayLike, options?: PcolormeshOptions]): QuadMesh;
    /** `Axes.matshow(Z, **kwargs)`: a matrix as an image, row 0 at the top, x ticks above, integer ticks. */
    matshow(Z: NDArrayLike, options?: MatshowOptions): AxesImage;
    /** @internal matshow's tick placement: x ticks on top, integer MaxNLocator on both axes. */
    _matrixTicks?: boolean;
  }
}

const P = Axes.prototype;
P.pcolormesh = function pcolormesh(this: Axes): QuadMesh {
  return drawPcolormesh(this, arguments);
};
P.matshow = function matshow(this: Axes): AxesImage {
  const b = MATSHOW.bind(arguments);
  return drawMatshow(this, b.Z, b);
};
pyfunction(PCOLORMESH, P.pcolormesh);
pyfunction(MATSHOW, P.matshow);
