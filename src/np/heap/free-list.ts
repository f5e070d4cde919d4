/**
 * First-fit allocation of byte ranges in [0, limit): freed ranges are kept sorted by address
 * and merged with their neighbours, and a range that reaches the top lowers it again, so a
 * program that frees what it allocated gets the same addresses back (no fresh pages to fault
 * in). Every range starts on an ALIGN boundary, which suits any element type and SIMD loads.
 */
export const ALIGN = 64;

export class FreeList {
  /** The end of the highest range ever handed out and not given back. */
  top = 0;
  private starts: number[] = [];
  private sizes: number[] = [];

  constructor(private readonly limit: number) {}

  /** The address of `bytes` free bytes (rounded up to ALIGN), or -1 when the limit would be passed. */
  allocate(bytes: number): number {
    const size = Math.ceil(bytes / ALIGN) * ALIGN;
    const { starts, sizes } = this;
    for (let i = 0; i < starts.length; i++) {
      if (sizes[i] < size) continue;
      const at = starts[i];
      if (sizes[i] === size) {
        starts.splice(i, 1);
        sizes.splice(i, 1);
      } else {
        starts[i] += size;
        sizes[i] -= size;
      }
      return at;
    }
    if (this.top + size > this.limit) return -1;
    const at = this.top;
    this.top += size;
    return at;
  }

  /** Gives back the range at `at` that allocate(bytes) returned. */
  release(at: number, bytes: number): void {
    let size = Math.ceil(bytes / ALIGN) * ALIGN;
    let start = at;
    const { starts, sizes } = this;
    let i = 0;
    while (i < starts.length && starts[i] < start) i++;
    // merge with the following range, then the preceding one
    if (i < starts.length && start + size === starts[i]) {
      size += sizes[i];
      starts.splice(i, 1);
      sizes.splice(i, 1);
    }
    if (i > 0 && starts[i - 1] + sizes[i - 1] === start) {
      i--;
      start = starts[i];
      size += sizes[i];
      starts.splice(i, 1);
      sizes.splice(i, 1);
    }
    if (start + size === this.top) {
      this.top = start;
      return;
    }
    starts.splice(i, 0, start);
    sizes.splice(i, 0, size);
  }

  /** Bytes in use (handed out and not given back). */
  get used(): number {
    let free = 0;
    for (const s of this.sizes) free += s;
    return this.top - free;
  }
}
