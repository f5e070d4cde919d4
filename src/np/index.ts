/** NumPy for TypeScript: `import { np } from "tslab-sci"`. */
export {
  DType, dtype, bool, int8, int16, int32, int64, uint8, uint16, uint32, uint64, float32, float64, int_, intp, uintp, uint,
  longlong, ulonglong, float_, double, single, bool_, byte, ubyte, short, ushort, intc, uintc,
} from "./dtype";
export type { DTypeName, DTypeKind, Storage, DTypeLike } from "./dtype";
export { NDArray } from "./ndarray";
export { ascontiguousarray } from "./contiguous";
export * as random from "./random";
export type { ShapeLike } from "./shape";
export {
  array, asarray, zeros, ones, empty, full, zeros_like, ones_like, empty_like, full_like, arange, linspace, eye, identity,
} from "./create";
export type { ArrayLike, NestedList, DTypeOptions, LikeOptions, LinspaceOptions, EyeOptions } from "./create";
export type { UfuncOptions } from "./ufunc";
export { result_type } from "./ufunc";
export * from "./ufuncs/binary";
export * from "./ufuncs/unary";
export { where, clip } from "./ufuncs/select";
export { sum, prod, max, min, amax, amin, any, all, count_nonzero, mean, var, std } from "./reduce/stats";
export type { ReduceOptions, DTypeReduceOptions, VarOptions, Reduced } from "./reduce/stats";
export { argmax, argmin } from "./reduce/arg";
export { percentile, quantile, median } from "./reduce/quantile";
export type { QuantileOptions } from "./reduce/quantile";
export type { ArgOptions } from "./reduce/arg";
export {
  reshape, ravel, transpose, swapaxes, squeeze, expand_dims, broadcast_to, concatenate, stack, vstack, hstack, copy,
  column_stack, meshgrid,
} from "./manipulate";
export type { JoinOptions, MeshgridOptions } from "./manipulate";
export { dot, matmul, outer, inner } from "./linalg";
export { vectorize } from "./vectorize";
export { sort, argsort, unique, cumsum, cumprod } from "./sorting";
export type { SortOptions, UniqueOptions, CumulativeOptions } from "./sorting";
export type { VectorizeOptions } from "./vectorize";
export { newaxis, slice } from "./indexing/parse";
export type { Slice } from "./indexing/parse";
export type { IndexElement } from "./indexing/parse";
export { nonzero, flatnonzero } from "./indexing/nonzero";
export { set_printoptions, get_printoptions, printoptions } from "./format/repr";

/** `np.pi`. */
export const pi = Math.PI;
/** `np.e`. */
export const e = Math.E;
/** `np.inf`. */
export const inf = Infinity;
/** `np.nan`. */
export const nan = NaN;
export * as linalg from "./linalg/index";
export { promote_types, can_cast, min_scalar_type } from "./dtype-functions";
export type { CanCastOptions } from "./dtype-functions";
export type { DTypeString, DTypeCallOptions } from "./dtype";
export type { FilledOptions, FullOptions, ArangeOptions, IdentityOptions, ArrayOptions, AsarrayOptions } from "./create";
export type { ReshapeOptions, ConcatenateOptions, StackOptions, StackTupOptions } from "./manipulate";
export type { ReduceKeywords } from "./reduce/stats";
export type { PercentileOptions } from "./reduce/quantile";
export type { UfuncKeywords, UfuncArgs, BinaryUfunc, UnaryUfunc } from "./ufuncs/declare";
export type { AroundOptions } from "./ufuncs/unary";
export type { ClipOptions } from "./ufuncs/select";
export type { MatmulOptions } from "./linalg";
export type { SortKind } from "./sorting";
export type { AstypeOptions, Casting, ClipMethodOptions, MethodReduceKeywords } from "./ndarray";
export type { Order } from "./params";
export { histogram, histogram_bin_edges } from "./statistics/histogram";
export type { Bins, HistogramOptions } from "./statistics/histogram";
export { histogram2d } from "./statistics/histogram2d";
export type { Histogram2dOptions } from "./statistics/histogram2d";
export { bincount, digitize } from "./statistics/counting";
export type { BincountOptions, DigitizeOptions } from "./statistics/counting";
export { average, ptp } from "./statistics/average";
export type { AverageOptions, PtpOptions } from "./statistics/average";
export { cov, corrcoef } from "./statistics/correlation";
export type { CovOptions, CorrcoefOptions } from "./statistics/correlation";
export {
  nansum, nanprod, nanmin, nanmax, nanargmin, nanargmax, nanmean, nanvar, nanstd, nancumsum, nancumprod,
} from "./statistics/nan-reductions";
export type { NanReduceOptions, NanArgOptions, NanCumulativeOptions } from "./statistics/nan-reductions";
export { nanmedian, nanpercentile, nanquantile } from "./statistics/nan-order";
export type { NanMedianOptions, NanQuantileOptions } from "./statistics/nan-order";
export { intersect1d, union1d, setdiff1d, setxor1d, in1d, isin } from "./sets";
export type { Intersect1dOptions, In1dOptions } from "./sets";
export { argwhere, extract, select, piecewise } from "./selection";
export type { Piece } from "./selection";
export { lexsort } from "./lexsort";
export * from "./ufuncs/trig-more";
export * from "./ufuncs/float-more";
export * from "./ufuncs/bits";
export { modf, frexp, divmod, ldexp } from "./ufuncs/multi-out";
export { isclose, allclose, array_equal, array_equiv } from "./ufuncs/closeness";
export type { IscloseOptions } from "./ufuncs/closeness";
export { isposinf, isneginf, isreal, sinc, nan_to_num } from "./ufuncs/float-tests";
export type { NanToNumOptions } from "./ufuncs/float-tests";
export { diff, ediff1d, gradient } from "./numerical/differences";
export type { DiffOptions, GradientOptions } from "./numerical/differences";
export { convolve, correlate } from "./numerical/convolve";
export type { ConvolveOptions } from "./numerical/convolve";
export { interp, trapz } from "./numerical/interp";
export type { InterpOptions, TrapzOptions } from "./numerical/interp";
export { cross, kron, tensordot } from "./numerical/products";
export type { CrossOptions } from "./numerical/products";
export type { UfuncMethods, ReduceMethodOptions, AccumulateMethodOptions, OuterMethodOptions } from "./ufuncs/methods";
export * as testing from "./testing/index";
export { array2string, array_repr, array_str } from "./printing/array-text";
export type { Array2stringOptions, ArrayReprOptions } from "./printing/array-text";
export { format_float_positional, format_float_scientific } from "./printing/format-float";
export type { FormatFloatPositionalOptions, FormatFloatScientificOptions } from "./printing/format-float";
export { einsum } from "./numerical/einsum";
export type { EinsumOptions } from "./numerical/einsum";
export { save, load, savez, savez_compressed } from "./io/npy";
export type { NpzFile } from "./io/npy";
export type { SaveOptions, LoadOptions } from "./io/npy";
export { savetxt, loadtxt } from "./io/text";
export type { SavetxtOptions, LoadtxtOptions } from "./io/text";
export { genfromtxt } from "./io/genfromtxt";
export type { GenfromtxtOptions } from "./io/genfromtxt";
export type { QuantileMethod } from "./reduce/quantile-methods";
export { flip, fliplr, flipud, rot90 } from "./manipulation/flip";
export type { FlipOptions, Rot90Options } from "./manipulation/flip";
export { roll } from "./manipulation/roll";
export type { RollOptions } from "./manipulation/roll";
export { moveaxis, rollaxis } from "./manipulation/move-axes";
export type { RollaxisOptions } from "./manipulation/move-axes";
export { atleast_1d, atleast_2d, atleast_3d } from "./manipulation/atleast";
export { broadcast_arrays, broadcast_shapes } from "./manipulation/broadcast";
export type { BroadcastArraysOptions } from "./manipulation/broadcast";
export { split, array_split, hsplit, vsplit, dsplit } from "./manipulation/split";
export type { IndicesOrSections, SplitOptions } from "./manipulation/split";
export { dstack, row_stack, block } from "./manipulation/stack-more";
export type { BlockList } from "./manipulation/stack-more";
export { repeat, tile, resize } from "./manipulation/repeat";
export type { RepeatOptions } from "./manipulation/repeat";
export { append, insert, delete_ as delete } from "./manipulation/insert-delete";
export type { EditIndex, AppendOptions, InsertOptions, DeleteOptions } from "./manipulation/insert-delete";
export { take, take_along_axis, put, put_along_axis } from "./manipulation/take";
export type { IndexMode, TakeOptions, PutOptions } from "./manipulation/take";
export { choose, compress } from "./manipulation/choose";
export type { ChooseOptions, CompressOptions } from "./manipulation/choose";
export { fromfunction, indices } from "./creation/fromfunction";
export type { FromfunctionOptions, IndicesOptions } from "./creation/fromfunction";
export { mgrid, ogrid, r_, c_ } from "./creation/grids";
export { diag, diagflat, diagonal, trace } from "./creation/diagonals";
export type { DiagonalOptions, TraceOptions } from "./creation/diagonals";
export { tri, tril, triu, vander } from "./creation/triangles";
export type { TriOptions, VanderOptions } from "./creation/triangles";
export { logspace, geomspace } from "./creation/ranges-more";
export type { LogspaceOptions, GeomspaceOptions } from "./creation/ranges-more";
export { frombuffer, fromiter, asanyarray } from "./creation/buffers";
export type { FrombufferOptions, FromiterOptions, AsanyarrayOptions } from "./creation/buffers";
export { pad } from "./manipulation/pad";
export type { PadMode, PadPairs, PadOptions } from "./manipulation/pad";
export { searchsorted } from "./searching/searchsorted";
export type { SearchsortedOptions } from "./searching/searchsorted";
export { partition, argpartition } from "./searching/partition";
export type { PartitionOptions } from "./searching/partition";
export type { PartitionMethodOptions, SearchsortedMethodOptions } from "./searching/methods";
import "./searching/methods";
export { ix_ } from "./index-tricks/ix";
export {
  tril_indices, triu_indices, tril_indices_from, triu_indices_from, diag_indices, diag_indices_from, mask_indices, fill_diagonal,
} from "./index-tricks/diagonal-indices";
export type { TriIndicesOptions } from "./index-tricks/diagonal-indices";
export { ravel_multi_index, unravel_index } from "./index-tricks/ravel";
export type { RavelMultiIndexOptions, UnravelIndexOptions } from "./index-tricks/ravel";
export { bartlett, blackman, hamming, hanning, kaiser, i0 } from "./windows";
export { unwrap } from "./numerical/unwrap";
export type { UnwrapOptions } from "./numerical/unwrap";
export { fix } from "./numerical/fix";
export { trim_zeros } from "./manipulation/trim-zeros";
export { round as round_ } from "./ufuncs/unary";
export { poly, polyadd, polysub, polymul, polydiv, polyder, polyint, polyval } from "./poly/arith";
export { polyfit } from "./poly/polyfit";
export type { PolyfitOptions } from "./poly/polyfit";
export { poly1d } from "./poly/poly1d";
export type { Poly1dOptions } from "./poly/poly1d";
export type { PolyLike } from "./poly/coeffs";
export { apply_along_axis, apply_over_axes } from "./apply";
export { packbits, unpackbits, binary_repr, base_repr } from "./bits";
export type { PackbitsOptions, UnpackbitsOptions } from "./bits";
export { asarray_chkfinite, asfarray, asfortranarray, require_ as require } from "./creation/as-arrays";
export type { RequireOptions } from "./creation/as-arrays";
export { copyto, place, putmask } from "./indexing/masked-writes";
export type { CopytoOptions } from "./indexing/masked-writes";
export { isfortran, may_share_memory, shares_memory, byte_bounds } from "./memory";
export type { SharesMemoryOptions } from "./memory";
export { generic, number, integer, signedinteger, unsignedinteger, inexact, floating } from "./scalar-types";
export type { AbstractScalarType } from "./scalar-types";
export {
  issubdtype, issctype, issubsctype, obj2sctype, sctype2char, maximum_sctype, mintypecode, common_type, find_common_type, typename,
} from "./type-names";
export type { TypeLike } from "./type-names";
export { product, cumproduct, alltrue, sometrue, msort, ndim, shape, size, isscalar, iterable } from "./legacy-aliases";
export { vdot } from "./numerical/vdot";
export { seterr, geterr, seterrcall, geterrcall, errstate, setbufsize, getbufsize } from "./errstate";
export type { ErrMode, ErrSettings, ErrCall, SeterrOptions, ErrstateOptions } from "./errstate";
export { fromstring } from "./creation/fromstring";
export type { FromstringOptions } from "./creation/fromstring";
export { histogramdd } from "./statistics/histogramdd";
export type { HistogramddOptions } from "./statistics/histogramdd";
export { einsum_path } from "./numerical/einsum-path";
export type { EinsumOptimize, EinsumPathOptions } from "./numerical/einsum-path";
export { complex64, complex128, complex_, cdouble, csingle } from "./dtype";
export type { ComplexDType } from "./dtype";
export { Complex } from "./complex/scalar";
export { real, imag, conjugate, conj, angle, iscomplex, iscomplexobj, isrealobj, real_if_close, sort_complex } from "./complex/functions";
export type { AngleOptions, RealIfCloseOptions } from "./complex/functions";
export * as fft from "./fft/index";
export { roots } from "./polynomial/roots";
