/** `np.linalg`: NumPy's linear-algebra namespace (np.linalg.inv, svd, norm, ...). */
export { inv, solve, det, slogdet } from "./solve";
export { cholesky } from "./cholesky";
export { qr } from "./qr";
export type { QrOptions } from "./qr";
export { eigh, eigvalsh } from "./eigh";
export type { EighOptions } from "./eigh";
export { eig, eigvals } from "./eig";
export { svd } from "./svd";
export type { SvdOptions } from "./svd";
export { LinAlgError } from "../../errors";
export { norm, cond } from "./norm";
export type { NormOptions, NormOrder } from "./norm";
export { lstsq, pinv, matrix_rank } from "./lstsq";
export type { LstsqOptions, PinvOptions, MatrixRankOptions } from "./lstsq";
export { matrix_power, multi_dot } from "./products";
