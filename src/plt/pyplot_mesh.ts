/** pyplot's pcolormesh and matshow. */
import { pyfunction } from "../signature";
import { figure, gca } from "./pyplot";
import type { NDArrayLike } from "./data";
import type { AxesImage } from "./imshow";
import { PCOLORMESH, PcolormeshOptions, QuadMesh } from "./mesh";
import { drawMatshow, figaspect, MatshowOptions, PLT_MATSHOW } from "./matshow";

/** `plt.pcolormesh(*args, alpha=None, norm=None, cmap=None, vmin=None, vmax=None, shading=None, antialiased=False, data=None, **kwargs)` on the current axes. */
export function pcolormesh(...args: [C: NDArrayLike, options?: PcolormeshOptions] | [X: NDArrayLike, Y: NDArrayLike, C: NDArrayLike, options?: PcolormeshOptions]): QuadMesh;
export function pcolormesh(...args: unknown[]): QuadMesh {
  return (gca().pcolormesh as (...a: unknown[]) => QuadMesh)(...args);
}

/**
 * `plt.matshow(A, fignum=None, **kwargs)`: the matrix in a new figure shaped like it (figaspect),
 * or in the current axes with fignum=0 (or in figure number fignum).
 */
export function matshow(A: NDArrayLike, fignum?: number | null, options?: MatshowOptions): AxesImage;
export function matshow(A: NDArrayLike, options?: MatshowOptions & { fignum?: number | null }): AxesImage;
export function matshow(): AxesImage {
  const b = PLT_MATSHOW.bind(arguments);
  const ax = b.fignum === 0 || b.fignum === false ? gca() : figure(b.fignum ?? null, figaspect(b.A)).add_subplot();
  return drawMatshow(ax, b.A, b);
}

pyfunction(PCOLORMESH.twin("matplotlib.pyplot.pcolormesh"), pcolormesh);
pyfunction(PLT_MATSHOW, matshow);
