/**
 * The order in which CPython 3.11 iterates a set of (i, j) int tuples added in a given order:
 * tuple hashes (xxHash-style, 64-bit), open addressing with 9 linear probes then perturbed
 * jumps, tables resized to 4x the used count past 60% fill. scikit-image prunes blobs in the
 * order it iterates cKDTree.query_pairs' set, so the surviving blobs depend on it.
 */
const M64 = (1n << 64n) - 1n;
const P1 = 11400714785074694791n;
const P2 = 14029467366897019727n;
const P5 = 2870177450012600261n;
const LINEAR_PROBES = 9;

/** hash((i, j)) for non-negative ints below 2^61 - 1, as an unsigned 64-bit value. */
function tupleHash(items: readonly number[]): bigint {
  let acc = P5;
  for (const item of items) {
    acc = (acc + BigInt(item) * P2) & M64;
    acc = ((acc << 31n) | (acc >> 33n)) & M64;
    acc = (acc * P1) & M64;
  }
  acc = (acc + (BigInt(items.length) ^ (P5 ^ 3527539n))) & M64;
  if (acc === M64) return 1546275796n;
  return acc;
}

interface Slot { key: number; hash: bigint }

function insertClean(table: (Slot | null)[], slot: Slot): void {
  const mask = BigInt(table.length - 1);
  let perturb = slot.hash;
  let i = slot.hash & mask;
  for (;;) {
    let at = Number(i);
    if (table[at] === null) {
      table[at] = slot;
      return;
    }
    if (at + LINEAR_PROBES <= table.length - 1) {
      for (let j = 0; j < LINEAR_PROBES; j++) {
        at++;
        if (table[at] === null) {
          table[at] = slot;
          return;
        }
      }
    }
    perturb >>= 5n;
    i = (i * 5n + 1n + perturb) & mask;
  }
}

/** Indices into `pairs` (all distinct) in the order a Python set built from them iterates. */
export function pythonSetOrder(pairs: readonly (readonly number[])[]): number[] {
  let table: (Slot | null)[] = new Array(8).fill(null);
  let used = 0;
  for (let k = 0; k < pairs.length; k++) {
    insertClean(table, { key: k, hash: tupleHash(pairs[k]) });
    used++;
    if (used * 5 >= (table.length - 1) * 3) {
      const minused = used > 50000 ? used * 2 : used * 4;
      let size = 8;
      while (size <= minused) size <<= 1;
      const old = table;
      table = new Array(size).fill(null);
      for (const s of old) if (s !== null) insertClean(table, s);
    }
  }
  const order: number[] = [];
  for (const s of table) if (s !== null) order.push(s.key);
  return order;
}
