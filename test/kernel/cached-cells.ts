/** Cells a test kernel compiles once and another answers from the cell cache. */
export const CACHED_CELLS = [
  'import { np } from "tslab-sci";',
  "const a = np.arange(6).reshape(2, 3);\na.sum()",
  "a.sum();",
  "let b = a.max()",
  "b = a.min()",
];
