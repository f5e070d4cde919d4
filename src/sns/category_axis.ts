/** The category axis of seaborn's categorical plots: ticks 0..n-1 with the level names, no grid, limits -0.5..n-0.5. */
import type { Axes } from "../plt/axes";

/** Sets the ticks, tick labels, grid and limits of the category axis (x for "v", y for "h"). */
export function setCategoryAxis(ax: Axes, orient: "v" | "h", labels: readonly string[]): void {
  const n = labels.length;
  const ticks = labels.map((_, i) => i);
  if (orient === "v") {
    ax.set_xticks(ticks, labels);
    ax.grid(false, "major", "x");
    ax.set_xlim(-0.5, n - 0.5);
  } else {
    ax.set_yticks(ticks, labels);
    ax.grid(false, "major", "y");
    ax.set_ylim(-0.5, n - 0.5);
  }
}
