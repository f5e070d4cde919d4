/** `sklearn.utils.check_random_state`: turns a seed into a RandomState. */
import { ValueError } from "../../errors";
import { RandomState } from "../../np/random/RandomState";
import { _rand } from "../../np/random/legacy";
import { check, isPlainObject, pyfunction, signature } from "../../signature";

/** What scikit-learn accepts as `random_state`: None (global generator), an int seed or a RandomState. */
export type RandomStateLike = number | RandomState | null | undefined;

/** `random_state=`: None, an int or a RandomState (anything else is refused by check_random_state itself). */
export const RANDOM_STATE = check("None, int or RandomState", () => true);

const CHECK_RANDOM_STATE = signature("sklearn.utils.check_random_state(seed)", { types: { seed: RANDOM_STATE } });

function describeSeed(seed: unknown): string {
  return typeof seed === "string" ? `'${seed}'` : String(seed);
}

/**
 * `sklearn.utils.check_random_state(seed)`: None gives NumPy's global RandomState (the one
 * np.random.seed seeds), an int a new RandomState(seed), a RandomState itself.
 */
export function check_random_state(seed: RandomStateLike | { seed: RandomStateLike }): RandomState {
  if (arguments.length !== 1 || isPlainObject(seed)) seed = CHECK_RANDOM_STATE.bind(arguments).seed;
  if (seed === null || seed === undefined) return _rand;
  if (seed instanceof RandomState) return seed;
  if (typeof seed === "number" && Number.isInteger(seed)) return new RandomState(seed);
  throw new ValueError(`${describeSeed(seed)} cannot be used to seed a numpy.random.RandomState instance`);
}
pyfunction(CHECK_RANDOM_STATE, check_random_state);
