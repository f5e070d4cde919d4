/**
 * Subplots spanning several grid cells (subplot_mosaic): their GridPosition carries the spans,
 * and their plot area covers the cells and the gaps between them.
 */
import type { GridPosition } from "./axes";

declare module "./axes" {
  interface GridPosition {
    /** Rows and columns covered (default 1). */
    rowspan?: number;
    colspan?: number;
  }
}

/** The plot area of a subplot spanning cells: the cells and the figure's spacing between them. */
export function spannedSize(cell: { width: number; height: number }, p: GridPosition, figWidth: number, figHeight: number): { width: number; height: number } {
  const cols = p.colspan ?? 1;
  const rows = p.rowspan ?? 1;
  if (cols === 1 && rows === 1) return cell;
  // the spacing compile/figure.ts leaves between subplots, and the tick labels and title of the
  // subplots beside (about 4.5% of the width) and below (about 6% of the height)
  const gapX = Math.round(figWidth * 0.04) + figWidth * 0.045;
  const gapY = Math.round(figHeight * 0.05) + figHeight * 0.06;
  return { width: cell.width * cols + gapX * (cols - 1), height: cell.height * rows + gapY * (rows - 1) };
}
