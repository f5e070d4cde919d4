/**
 * scikit-image's union-find forest (measure._ccomp): every tree's root is its smallest node,
 * and a join points both paths at that root. Labels are then the roots' ranks.
 */

/** The root of node n. */
export function findRoot(forest: Int32Array, n: number): number {
  let root = n;
  while (forest[root] < root) root = forest[root];
  return root;
}

function setRoot(forest: Int32Array, n: number, root: number): void {
  while (forest[n] < n) {
    const j = forest[n];
    forest[n] = root;
    n = j;
  }
  forest[n] = root;
}

/** Joins the trees holding n and m under the smaller root. */
export function joinTrees(forest: Int32Array, n: number, m: number): void {
  if (n === m) return;
  let root = findRoot(forest, n);
  const rootM = findRoot(forest, m);
  if (root > rootM) root = rootM;
  setRoot(forest, n, root);
  setRoot(forest, m, root);
}

/** Each node's root numbered 0, 1, ... in increasing root order (np.unique's inverse). */
export function sequentialRoots(forest: Int32Array): Float64Array {
  const n = forest.length;
  const rank = new Int32Array(n).fill(-1);
  const out = new Float64Array(n);
  let next = 0;
  // roots are the smallest node of their tree, so they come first in index order
  for (let i = 0; i < n; i++) {
    const r = findRoot(forest, i);
    if (rank[r] < 0) rank[r] = next++;
    out[i] = rank[r];
  }
  return out;
}
