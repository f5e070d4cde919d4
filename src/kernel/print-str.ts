/**
 * `console.log(a)` prints what Python's `print(a)` prints: str(a), not repr(a). Objects that
 * have a Python str answer `[Symbol.for("python.str")]()` (the library's NDArray does); the
 * kernel knows only that symbol, not the library.
 */
const PYTHON_STR = Symbol.for("python.str");

type ConsoleMethod = (...args: unknown[]) => void;

/** An argument as print shows it: its Python str when it has one, else itself. */
export function printable(arg: unknown): unknown {
  if (arg !== null && typeof arg === "object") {
    const str = (arg as Record<symbol, unknown>)[PYTHON_STR];
    if (typeof str === "function") return String(str.call(arg));
  }
  return arg;
}

/** Makes console.log/info/debug/warn/error print top-level arguments as Python's print does. */
export function installPythonPrint(target: Console = console): void {
  for (const name of ["log", "info", "debug", "warn", "error"] as const) {
    const original = target[name].bind(target) as ConsoleMethod;
    target[name] = (...args: unknown[]) => original(...args.map(printable));
  }
}
