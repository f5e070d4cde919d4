/**
 * Every public function of the library as a Python user reaches it: namespace functions
 * (`np.linspace`, `skimage.transform.resize`, `plt.subplots`) and the public methods of the
 * classes they hand out (`NDArray.prototype.reshape`, `Axes.prototype.plot`), with the path a
 * notebook would write. Names starting with `_` and JavaScript protocol methods are not API.
 */
import * as lib from "../../src/index";

export interface PublicFunction {
  readonly path: string;
  readonly fn: Function;
}

const PROTOCOL = new Set(["constructor", "toString", "toJSON", "valueOf", "_toMime"]);

function isClass(fn: Function): boolean {
  return /^class[\s{]/.test(Function.prototype.toString.call(fn));
}

function methodsOf(cls: Function, path: string, out: PublicFunction[]): void {
  for (const [owner, prefix] of [[cls.prototype, `${path}.prototype`], [cls, path]] as const) {
    for (const name of Object.getOwnPropertyNames(owner)) {
      if (name.startsWith("_") || PROTOCOL.has(name) || owner === cls && ["length", "name", "prototype"].includes(name)) continue;
      const d = Object.getOwnPropertyDescriptor(owner, name);
      if (d && typeof d.value === "function" && !isClass(d.value)) out.push({ path: `${prefix}.${name}`, fn: d.value });
    }
  }
}

/** Walks the namespaces below `root` (default: the whole library). */
export function publicFunctions(root: Record<string, unknown> = lib as unknown as Record<string, unknown>, base = ""): PublicFunction[] {
  const out: PublicFunction[] = [];
  const seenObjects = new Set<unknown>();
  const seenClasses = new Set<Function>();
  const walk = (ns: Record<string, unknown>, path: string) => {
    if (seenObjects.has(ns)) return;
    seenObjects.add(ns);
    for (const name of Object.keys(ns)) {
      if (name.startsWith("_")) continue;
      const value = ns[name];
      const at = path ? `${path}.${name}` : name;
      if (typeof value === "function") {
        if (isClass(value)) {
          if (!seenClasses.has(value)) {
            seenClasses.add(value);
            methodsOf(value, at, out);
          }
        } else out.push({ path: at, fn: value });
      } else if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === null || isModule(value)) {
        walk(value as Record<string, unknown>, at);
      }
    }
  };
  walk(root, base);
  return out;
}

/** A namespace object made by `export * as x` (TypeScript's CommonJS output: plain objects with __esModule). */
function isModule(value: unknown): boolean {
  return value !== null && typeof value === "object" && (value as { __esModule?: boolean }).__esModule === true;
}
