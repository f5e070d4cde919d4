/**
 * Subplots spanning several grid cells (subplot_mosaic): their GridPosition carries the spans
 * (layout.ts gives them the cells and the gaps between them).
 */
import type { GridPosition } from "./axes";

declare module "./axes" {
  interface GridPosition {
    /** Rows and columns covered (default 1). */
    rowspan?: number;
    colspan?: number;
  }
}
