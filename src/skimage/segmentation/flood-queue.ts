/**
 * The priority queue of scikit-image's watershed: a binary min-heap ordered by value, then by
 * the time an element entered (its age), with the same sift steps as scikit-image's heap, so
 * elements that tie in both (the markers, all of age 0) leave in the same order. Entries live
 * in the heap's own arrays (position k holds the k-th heap element): a sift moves a hole
 * instead of swapping slots, which ends in the same arrangement.
 */
export class FloodQueue {
  size = 0;
  private value = new Float64Array(1024);
  // ages count pushes, so they stay far below 2^31
  private age = new Int32Array(1024);
  private index = new Int32Array(1024);
  private source = new Int32Array(1024);

  /** `withSource`: keep each element's source (compact watershed and watershed lines read it). */
  constructor(private readonly withSource = true) {}

  push(value: number, age: number, index: number, source: number): void {
    if (this.size === this.value.length) this.grow();
    const values = this.value;
    const ages = this.age;
    let child = this.size++;
    while (child > 0) {
      const parent = ((child + 1) >> 1) - 1;
      const pv = values[parent];
      if (!(value !== pv ? value < pv : age < ages[parent])) break;
      this.move(parent, child);
      child = parent;
    }
    values[child] = value;
    ages[child] = age;
    this.index[child] = index;
    if (this.withSource) this.source[child] = source;
  }

  /** Removes the smallest element; its fields stay readable through `popped*` until the next push. */
  pop(): void {
    this.poppedIndex = this.index[0];
    this.poppedSource = this.withSource ? this.source[0] : this.index[0];
    const last = --this.size;
    if (last === 0) return;
    const values = this.value;
    const ages = this.age;
    // the last element sifts down from the root
    const v = values[last];
    const a = ages[last];
    const idx = this.index[last];
    const src = this.withSource ? this.source[last] : 0;
    const size = this.size;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      if (l >= size) break;
      let smallest = i;
      let sv = v;
      let sa = a;
      const lv = values[l];
      if (lv !== sv ? lv < sv : ages[l] < sa) {
        smallest = l;
        sv = lv;
        sa = ages[l];
      }
      if (r < size) {
        const rv = values[r];
        if (rv !== sv ? rv < sv : ages[r] < sa) smallest = r;
      }
      if (smallest === i) break;
      this.move(smallest, i);
      i = smallest;
    }
    values[i] = v;
    ages[i] = a;
    this.index[i] = idx;
    if (this.withSource) this.source[i] = src;
  }

  poppedIndex = 0;
  poppedSource = 0;

  /** Copies heap position `from` to position `to`. */
  private move(from: number, to: number): void {
    this.value[to] = this.value[from];
    this.age[to] = this.age[from];
    this.index[to] = this.index[from];
    if (this.withSource) this.source[to] = this.source[from];
  }

  private grow(): void {
    const n = this.value.length * 2;
    const widen = <T extends Float64Array | Int32Array>(old: T): T => {
      const next = new (old.constructor as { new (n: number): T })(n);
      next.set(old);
      return next;
    };
    this.value = widen(this.value);
    this.age = widen(this.age);
    this.index = widen(this.index);
    this.source = widen(this.source);
  }
}
