/**
 * TypeScript's view of a Python signature. `PyArgs<[num: number, endpoint: boolean,
 * options: O], O>` lets each optional positional parameter be given, or the options object take
 * its place: `linspace(0, 1, 5)`, `linspace(0, 1, { num: 5 })`, `linspace(0, 1, 5, { dtype })`.
 * Tuple labels survive, so hover shows the Python parameter names.
 */
export type PyArgs<T extends unknown[], O> = { [K in keyof T]?: T[K] | O };
