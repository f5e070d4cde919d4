/**
 * Text built from pieces of a cell (copied verbatim) and pieces the rewrite wrote, remembering
 * where each copied piece came from, so a position in the rewritten cell maps back to the cell
 * as the user wrote it.
 */

/** A rewritten operator: where it was in the cell and where its rewrite is. */
export interface Site {
  origStart: number;
  origEnd: number;
  start: number;
  end: number;
  /** Where its operands are in the rewritten text, as [start, end). */
  operands: [number, number][];
}

interface Copied {
  start: number;
  origStart: number;
  length: number;
}

export class MappedText {
  private text = "";
  private readonly copied: Copied[] = [];
  readonly sites: Site[] = [];

  constructor(private readonly original: string) {}

  get length(): number {
    return this.text.length;
  }

  /** Appends the cell's text in [from, to). */
  copy(from: number, to: number): void {
    if (to <= from) return;
    this.copied.push({ start: this.text.length, origStart: from, length: to - from });
    this.text += this.original.slice(from, to);
  }

  /** Appends text of the rewrite's own. */
  write(s: string): void {
    this.text += s;
  }

  toString(): string {
    return this.text;
  }

  /** The cell position of a rewritten position: exact inside a copied piece, else the start of the innermost rewritten operator. */
  toOriginal(pos: number): number {
    const c = this.copiedAt(pos);
    if (c !== undefined) return c.origStart + (pos - c.start);
    const site = this.siteAt(pos);
    if (site !== undefined) return site.origStart;
    let before: Copied | undefined;
    for (const piece of this.copied) if (piece.start + piece.length <= pos) before = piece;
    return before === undefined ? 0 : before.origStart + before.length;
  }

  /** The innermost rewritten operator whose own text (not a copied operand) holds `pos`. */
  synthesizedSite(pos: number): Site | undefined {
    return this.copiedAt(pos) === undefined ? this.siteAt(pos) : undefined;
  }

  /**
   * The rewritten operator with an operand spanning exactly [start, end): TypeScript reports a
   * helper's refused overload at the argument.
   */
  refusedSite(start: number, end: number): Site | undefined {
    return this.sites.find((s) => s.operands.some(([a, b]) => a === start && b === end));
  }

  private copiedAt(pos: number): Copied | undefined {
    // binary search over the pieces, which are in output order
    let lo = 0;
    let hi = this.copied.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = this.copied[mid];
      if (pos < c.start) hi = mid - 1;
      else if (pos >= c.start + c.length) lo = mid + 1;
      else return c;
    }
    return undefined;
  }

  private siteAt(pos: number): Site | undefined {
    let best: Site | undefined;
    for (const s of this.sites) if (s.start <= pos && pos < s.end && (best === undefined || s.end - s.start < best.end - best.start)) best = s;
    return best;
  }
}
