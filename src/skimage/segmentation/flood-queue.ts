/**
 * The priority queue of scikit-image's watershed: a binary min-heap ordered by value, then by
 * the time an element entered (its age), with the same sift steps as scikit-image's heap, so
 * elements that tie in both (the markers, all of age 0) leave in the same order.
 */
export class FloodQueue {
  size = 0;
  private value = new Float64Array(1024);
  private age = new Float64Array(1024);
  private index = new Int32Array(1024);
  private source = new Int32Array(1024);
  /** heap[k] is the slot of the k-th heap element. */
  private heap = new Int32Array(1024);
  private free: number[] = [];
  private slots = 0;

  push(value: number, age: number, index: number, source: number): void {
    if (this.size === this.heap.length) this.grow();
    const slot = this.free.length ? this.free.pop()! : this.slots++;
    this.value[slot] = value;
    this.age[slot] = age;
    this.index[slot] = index;
    this.source[slot] = source;
    let child = this.size++;
    this.heap[child] = slot;
    while (child > 0) {
      const parent = ((child + 1) >> 1) - 1;
      if (!this.smaller(this.heap[child], this.heap[parent])) break;
      this.swap(parent, child);
      child = parent;
    }
  }

  /** Removes the smallest element; its fields stay readable through `popped*` until the next push. */
  pop(): void {
    const top = this.heap[0];
    this.poppedIndex = this.index[top];
    this.poppedSource = this.source[top];
    this.free.push(top);
    this.size--;
    if (this.size === 0) return;
    this.swap(0, this.size);
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      if (l >= this.size) break;
      let smallest = i;
      if (this.smaller(this.heap[l], this.heap[i])) smallest = l;
      if (r < this.size && this.smaller(this.heap[r], this.heap[smallest])) smallest = r;
      if (smallest === i) break;
      this.swap(i, smallest);
      i = smallest;
    }
  }

  poppedIndex = 0;
  poppedSource = 0;

  private smaller(a: number, b: number): boolean {
    const va = this.value[a];
    const vb = this.value[b];
    return va !== vb ? va < vb : this.age[a] < this.age[b];
  }

  private swap(a: number, b: number): void {
    const t = this.heap[a];
    this.heap[a] = this.heap[b];
    this.heap[b] = t;
  }

  private grow(): void {
    const n = this.heap.length * 2;
    const widen = <T extends Float64Array | Int32Array>(old: T): T => {
      const next = new (old.constructor as { new (n: number): T })(n);
      next.set(old);
      return next;
    };
    this.heap = widen(this.heap);
    this.value = widen(this.value);
    this.age = widen(this.age);
    this.index = widen(this.index);
    this.source = widen(this.source);
  }
}
