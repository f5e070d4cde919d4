/**
 * The three primitive draws every NumPy sampler is written in terms of: a uniform double, a
 * standard normal and a standard exponential. RandomState and Generator differ only in how
 * they make them (legacy polar-method Gaussians and -log(1 - U) exponentials on MT19937,
 * ziggurat normals and exponentials on PCG64), and in a few formulas where the legacy code
 * kept its original arithmetic (`legacy`).
 */
export interface Source {
  /** A double uniform on [0, 1) (53 random bits). */
  double(): number;
  /** A standard normal draw. */
  normal(): number;
  /** A standard exponential draw. */
  exponential(): number;
  /** True for RandomState's legacy formulas. */
  readonly legacy: boolean;
}
