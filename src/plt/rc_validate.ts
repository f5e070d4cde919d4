/**
 * rcParams as matplotlib's RcParams mapping: a key must be one of matplotlib's (KeyError with its
 * text otherwise) and a value must pass the key's validator (float, int, bool, color), else
 * ValueError `Key font.size: Could not convert 'abc' to float`. Keys plt does not keep read as
 * matplotlib's defaults.
 */
import { KeyError, ValueError } from "../errors";
import { RC_KEYS } from "./rc_tables";
import { toCss, type ColorLike } from "./colors";

const TRUE = new Set(["t", "y", "yes", "on", "true", "1"]);
const FALSE = new Set(["f", "n", "no", "off", "false", "0"]);

function repr(v: unknown): string {
  return typeof v === "string" ? `'${v}'` : Array.isArray(v) ? `[${v.map(repr).join(", ")}]` : String(v);
}

/** The value matplotlib would store for `key` (validated and converted). */
export function validateRc(key: string, value: unknown): unknown {
  const spec = RC_KEYS[key];
  if (spec === undefined) throw new KeyError(`'${key} is not a valid rc parameter (see rcParams.keys() for a list of valid parameters)'`);
  if (value === null) return value;
  switch (spec[0]) {
    case "float":
    case "int": {
      const v = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
      if (typeof v !== "number" || Number.isNaN(v) || (spec[0] === "int" && !Number.isInteger(v))) {
        throw new ValueError(`Key ${key}: Could not convert ${repr(value)} to ${spec[0]}`);
      }
      return v;
    }
    case "bool": {
      if (typeof value === "boolean") return value;
      const s = String(value).toLowerCase();
      if (TRUE.has(s)) return true;
      if (FALSE.has(s)) return false;
      throw new ValueError(`Key ${key}: Cannot convert ${repr(value)} to bool`);
    }
    case "color": {
      if (value === "auto" || value === "inherit" || value === "none") return value;
      try {
        toCss(value as ColorLike);
      } catch {
        throw new ValueError(`Key ${key}: ${repr(value)} does not look like a color arg`);
      }
      return value;
    }
    default:
      if (key === "axes.prop_cycle") {
        if (!Array.isArray(value)) throw new ValueError(`Key ${key}: plt takes the color cycle as a list of colors, not ${repr(value)}`);
        return value.map((c) => toCss(c as ColorLike));
      }
      return value;
  }
}

/** The mapping over `store`: matplotlib's keys validated on assignment, the others refused. */
export function checkedParams<T extends object>(store: T): T {
  return new Proxy(store, {
    get(target, key, receiver) {
      if (typeof key === "symbol" || !key.includes(".") || key in target) return Reflect.get(target, key, receiver);
      const spec = RC_KEYS[key];
      if (spec === undefined) throw new KeyError(`'${key}'`);
      return spec[1];
    },
    set(target, key, value, receiver) {
      if (typeof key === "symbol" || !key.includes(".")) return Reflect.set(target, key, value, receiver);
      return Reflect.set(target, key, validateRc(key, value), receiver);
    },
  });
}
