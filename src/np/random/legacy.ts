/**
 * The module-level functions of `numpy.random` (np.random.seed, rand, randn, ...): methods of
 * one global RandomState, as NumPy's `numpy.random.mtrand._rand`.
 */
import { RandomState } from "./RandomState";
import { pyfunction } from "../../signature";
import { LEGACY, RANF, SAMPLE } from "./signatures";

/** The global generator behind the module-level functions (NumPy's `mtrand._rand`). */
export const _rand = new RandomState();

/** `np.random.seed(seed=None)`: reseeds the global RandomState. */
export const seed = ((...a: unknown[]) => (_rand.seed as (...x: unknown[]) => void)(...a)) as RandomState["seed"];
/** `np.random.get_state(legacy=True)`: the global generator's state. */
export const get_state = ((...a: unknown[]) => (_rand.get_state as (...x: unknown[]) => unknown)(...a)) as RandomState["get_state"];
/** `np.random.set_state(state)`: restores the global generator's state. */
export const set_state = ((...a: unknown[]) => (_rand.set_state as (...x: unknown[]) => void)(...a)) as RandomState["set_state"];
/** `np.random.rand(d0, d1, ..., dn)`: uniform [0, 1) samples of the given shape. */
export const rand = ((...a: number[]) => _rand.rand(...a)) as RandomState["rand"];
/** `np.random.randn(d0, d1, ..., dn)`: standard normal samples of the given shape. */
export const randn = ((...a: number[]) => _rand.randn(...a)) as RandomState["randn"];
/** `np.random.random_sample(size=None)`: uniform [0, 1) floats. */
export const random_sample = ((...a: unknown[]) => (_rand.random_sample as (...x: unknown[]) => unknown)(...a)) as RandomState["random_sample"];
/** `np.random.random(size=None)`: uniform [0, 1) floats (random_sample). */
export const random = ((...a: unknown[]) => (_rand.random as (...x: unknown[]) => unknown)(...a)) as RandomState["random"];
/** `np.random.sample(size=None)`: alias of random_sample. */
export const sample = ((...a: unknown[]) => (_rand.random_sample as (...x: unknown[]) => unknown)(...a)) as RandomState["random_sample"];
/** `np.random.ranf(size=None)`: alias of random_sample. */
export const ranf = ((...a: unknown[]) => (_rand.random_sample as (...x: unknown[]) => unknown)(...a)) as RandomState["random_sample"];
/** `np.random.standard_normal(size=None)`: standard normal samples. */
export const standard_normal = ((...a: unknown[]) => (_rand.standard_normal as (...x: unknown[]) => unknown)(...a)) as RandomState["standard_normal"];
/** `np.random.normal(loc=0.0, scale=1.0, size=None)`: Gaussian samples. */
export const normal = ((...a: unknown[]) => _rand.normal(...a)) as RandomState["normal"];
/** `np.random.uniform(low=0.0, high=1.0, size=None)`: uniform samples on [low, high). */
export const uniform = ((...a: unknown[]) => _rand.uniform(...a)) as RandomState["uniform"];
/** `np.random.randint(low, high=None, size=None, dtype=int)`: integers in [low, high). */
export const randint = ((...a: unknown[]) => _rand.randint(...a)) as RandomState["randint"];
/** `np.random.choice(a, size=None, replace=True, p=None)`: a random sample from a or arange(a). */
export const choice = ((...a: unknown[]) => _rand.choice(...a)) as RandomState["choice"];
/** `np.random.shuffle(x)`: shuffles x in place along its first axis. */
export const shuffle = ((...a: unknown[]) => (_rand.shuffle as (...x: unknown[]) => void)(...a)) as RandomState["shuffle"];
/** `np.random.permutation(x)`: a shuffled arange(x) or shuffled copy of x. */
export const permutation = ((...a: unknown[]) => (_rand.permutation as (...x: unknown[]) => unknown)(...a)) as RandomState["permutation"];

const MODULE: Record<keyof typeof LEGACY, Function> = {
  seed, get_state, set_state, rand, randn, random_sample, random, standard_normal, normal, uniform, randint, choice, shuffle, permutation,
};
for (const [name, fn] of Object.entries(MODULE)) pyfunction(LEGACY[name as keyof typeof LEGACY].module, fn);
pyfunction(SAMPLE, sample);
pyfunction(RANF, ranf);
