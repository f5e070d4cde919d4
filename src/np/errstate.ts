/**
 * NumPy's floating-point error handling: np.seterr / np.geterr (what divide by zero,
 * overflow and invalid values in ufuncs do: 'ignore', 'warn', 'raise', 'call', 'print',
 * 'log'), np.seterrcall / np.geterrcall, np.errstate for a block, and np.setbufsize /
 * np.getbufsize. Underflow is not detected here, so `under` only takes 'ignore'.
 */
import { FloatingPointError, KeyError, NameError, NotImplementedError, ValueError } from "../errors";
import { FloatErrors, setFloatErrorHandler, warn } from "./warnings";
import { PyArgs, check, pyfunction, signature } from "../signature";

/** What a floating-point error does. */
export type ErrMode = "ignore" | "warn" | "raise" | "call" | "print" | "log";
/** np.geterr's answer. */
export interface ErrSettings {
  divide: ErrMode;
  over: ErrMode;
  under: ErrMode;
  invalid: ErrMode;
}
/** A function np.seterrcall installs (called with the error's name and NumPy's flag bits), or an object with `write` for 'log'. */
export type ErrCall = ((err: string, flag: number) => unknown) | { write: (message: string) => unknown } | null;

const MODES: readonly string[] = ["ignore", "warn", "raise", "call", "print", "log"];
let settings: ErrSettings = { divide: "warn", over: "warn", under: "ignore", invalid: "warn" };
let errcall: ErrCall = null;
let bufsize = 8192;

const KINDS = [
  { key: "divide", flag: 1, text: "divide by zero" },
  { key: "over", flag: 2, text: "overflow" },
  { key: "under", flag: 4, text: "underflow" },
  { key: "invalid", flag: 8, text: "invalid value" },
] as const;

/** Acts on the errors one ufunc call raised, kind by kind in NumPy's order. */
function handle(name: string, flags: FloatErrors): void {
  const raised = { divide: flags.divide, over: flags.overflow, under: flags.underflow === true, invalid: flags.invalid };
  const bits = KINDS.reduce((acc, k) => acc | (raised[k.key] ? k.flag : 0), 0);
  for (const kind of KINDS) {
    if (!raised[kind.key]) continue;
    const message = `${kind.text} encountered in ${name}`;
    switch (settings[kind.key]) {
      case "ignore":
        break;
      case "warn":
        warn(message);
        break;
      case "raise":
        throw new FloatingPointError(message);
      case "print":
        process.stderr.write(`Warning: ${message}\n`);
        break;
      case "call":
        if (typeof errcall !== "function") throw new NameError(`python callback specified for ${kind.text} (in  ${name}) but no function found.`);
        errcall(kind.text, bits);
        break;
      case "log":
        if (errcall === null || typeof errcall === "function") throw new NameError(`log specified for ${kind.text} (in ${name}) but no object with write method found.`);
        errcall.write(`Warning: ${message}\n`);
        break;
    }
  }
}
setFloatErrorHandler(handle);

/** Keyword arguments of np.seterr. */
export interface SeterrOptions {
  all?: ErrMode | null;
  divide?: ErrMode | null;
  over?: ErrMode | null;
  under?: ErrMode | null;
  invalid?: ErrMode | null;
}

const SETERR = signature("numpy.seterr(all=None, divide=None, over=None, under=None, invalid=None)");
const GETERR = signature("numpy.geterr()");
const CALLBACK = check("callable, an object with write, or None", (v) => v === null || typeof v === "function" || (typeof v === "object" && v !== null));
const SETERRCALL = signature("numpy.seterrcall(func)", { types: { func: CALLBACK } });
const GETERRCALL = signature("numpy.geterrcall()");
const UNSPECIFIED: unique symbol = Symbol("<unspecified>");
const ERRSTATE = signature("numpy.errstate(*, call=<unspecified>, all=None, divide=None, over=None, under=None, invalid=None)", { defaults: { call: UNSPECIFIED } });
const GETBUFSIZE = signature("numpy.getbufsize()");
const SETBUFSIZE = signature("numpy.setbufsize(size)", { types: { size: "int" } });

function checkMode(mode: unknown): ErrMode {
  if (!MODES.includes(mode as string)) throw new KeyError(typeof mode === "string" ? `'${mode}'` : String(mode));
  return mode as ErrMode;
}

/** The settings seterr's arguments give, from the current ones. */
function resolve(b: Record<string, unknown>): ErrSettings {
  const pick = (key: keyof ErrSettings): ErrMode => checkMode(b[key] ?? b.all ?? settings[key]);
  const next = { divide: pick("divide"), over: pick("over"), under: pick("under"), invalid: pick("invalid") };
  if (next.under !== "ignore") throw new NotImplementedError(`seterr() under='${next.under}' is not supported yet: underflow is not detected`);
  return next;
}

/**
 * `numpy.seterr(all=None, divide=None, over=None, under=None, invalid=None)`: sets what
 * ufuncs do on division by zero, overflow and invalid results ('ignore', 'warn', 'raise',
 * 'call', 'print', 'log'; `all` for each not given); returns the previous settings.
 * Underflow is not detected, so `under` (and `all`) must leave it 'ignore'.
 */
export function seterr(...args: PyArgs<[all: ErrMode | null, divide: ErrMode | null, over: ErrMode | null, under: ErrMode | null, invalid: ErrMode | null, options: SeterrOptions], SeterrOptions>): ErrSettings;
export function seterr(...args: unknown[]): ErrSettings {
  const old = { ...settings };
  settings = resolve(SETERR.bind(args));
  return old;
}

/** `numpy.geterr()`: the current floating-point error settings. */
export function geterr(): ErrSettings;
export function geterr(...args: unknown[]): ErrSettings {
  if (args.length !== 0) GETERR.bind(args);
  return { ...settings };
}

/**
 * `numpy.seterrcall(func)`: the function the 'call' mode calls with the error's name
 * ("divide by zero", ...) and NumPy's flag bits, or an object whose `write` the 'log' mode
 * writes to; returns the previous one.
 */
export function seterrcall(func: ErrCall): ErrCall;
export function seterrcall(...args: unknown[]): ErrCall {
  const func = args.length === 1 ? args[0] : SETERRCALL.bind(args).func;
  if (func !== null && typeof func !== "function" && (typeof func !== "object" || typeof (func as { write?: unknown }).write !== "function")) {
    throw new ValueError("Only callable can be used as callback");
  }
  const old = errcall;
  errcall = func as ErrCall;
  return old;
}

/** `numpy.geterrcall()`: the current error callback (null when none). */
export function geterrcall(): ErrCall;
export function geterrcall(...args: unknown[]): ErrCall {
  if (args.length !== 0) GETERRCALL.bind(args);
  return errcall;
}

/** Keyword arguments of np.errstate. */
export interface ErrstateOptions extends SeterrOptions {
  call?: ErrCall;
}

/**
 * `numpy.errstate(*, call=<unspecified>, **kwargs)`: runs `body` with the error settings
 * (and callback) changed, restoring them afterwards, as Python's `with np.errstate(...):`.
 */
export function errstate<T>(options: ErrstateOptions, body: () => T): T;
export function errstate<T>(options: ErrstateOptions, body: () => T): T {
  const b = ERRSTATE.bind([options]);
  const savedSettings = settings, savedCall = errcall;
  settings = resolve(b);
  try {
    if (b.call !== UNSPECIFIED) seterrcall(b.call as ErrCall);
    return body();
  } finally {
    settings = savedSettings;
    errcall = savedCall;
  }
}

/** `numpy.getbufsize()`: the size of the ufunc buffer, in elements. */
export function getbufsize(): number;
export function getbufsize(...args: unknown[]): number {
  if (args.length !== 0) GETBUFSIZE.bind(args);
  return bufsize;
}

/**
 * `numpy.setbufsize(size)`: sets the ufunc buffer size (a multiple of 16, from 16 to 10e6);
 * returns the previous one. Here loops need no buffer, so only getbufsize sees it.
 */
export function setbufsize(size: number): number;
export function setbufsize(...args: unknown[]): number {
  const { size } = SETBUFSIZE.bind(args);
  if (size > 10e6) throw new ValueError(`Buffer size, ${size}, is too big.`);
  if (size < 5) throw new ValueError(`Buffer size, ${size}, is too small.`);
  if (size % 16 !== 0) throw new ValueError(`Buffer size, ${size}, is not a multiple of 16.`);
  const old = bufsize;
  bufsize = size;
  return old;
}

pyfunction(SETERR, seterr);
pyfunction(GETERR, geterr);
pyfunction(SETERRCALL, seterrcall);
pyfunction(GETERRCALL, geterrcall);
pyfunction(ERRSTATE, errstate);
pyfunction(GETBUFSIZE, getbufsize);
pyfunction(SETBUFSIZE, setbufsize);
