/**
 * The one team of heap threads, shared by every kernel that splits its work across threads,
 * so a process starts one set of helpers however many kinds of kernel it uses.
 */
import { HeapTeam, heapTeam } from "./team";
import { gemmFunctions } from "../wasm/gemm-kernel";
import { elementwiseFunctions } from "../wasm/elementwise";
import { expFunction } from "../wasm/exp-kernel";
import { logFunction } from "../wasm/log-kernel";
import { fusedMultiplyAdd } from "../wasm/relaxed-simd";
import { castFunctions } from "../wasm/cast-kernels";
import { compareFunctions } from "../wasm/compare-kernels";
import { unaryFunctions } from "../wasm/unary-kernels";

let team: HeapTeam | null | undefined;

/** The team (helpers not yet started), or null where WebAssembly SIMD or the shared heap is missing. */
export function sharedTeam(): HeapTeam | null {
  // the exp and log kernels give NumPy's bits only with a fused multiply-add
  team ??= heapTeam([gemmFunctions(), elementwiseFunctions(), castFunctions(), compareFunctions(), unaryFunctions(), ...(fusedMultiplyAdd() ? [[expFunction(), logFunction()]] : [])]);
  return team;
}
