/**
 * matplotlib's side of the signature mechanism. matplotlib forwards **kwargs to an artist's
 * set() (or a class's __init__): plt declares the keywords it draws as keyword-only parameters,
 * and a key it does not declare is refused as matplotlib refuses it (AttributeError
 * `Line2D.set() got an unexpected keyword argument 'colr'`), or, when matplotlib knows the key
 * but plt does not draw it, NotImplementedError naming it.
 */
import { AttributeError, NotImplementedError, PyTypeError, ValueError } from "../errors";
import { Bound, Signature, SignatureSpec, isPlainObject } from "../signature";
import { ARTIST_PROPERTIES, COLORBAR_PARAMETERS, GRID_KEYWORDS_TEXT, LEGEND_PARAMETERS } from "./properties";

/** Where matplotlib sends a call's **kwargs, and how it refuses a key it does not know. */
export interface KwargsSink {
  /** Keys matplotlib accepts there. */
  readonly known: ReadonlySet<string>;
  /** matplotlib's error for any other key. */
  readonly refuse: (key: string) => Error;
}

/** **kwargs that end in `<cls>.set()`, an artist's properties. */
export function artistSink(cls: keyof typeof ARTIST_PROPERTIES & string, style: "set" | "property" = "set"): KwargsSink {
  return {
    known: new Set(ARTIST_PROPERTIES[cls]),
    refuse: (key) => new AttributeError(style === "set" ? `${cls}.set() got an unexpected keyword argument '${key}'` : `'${cls}' object has no property '${key}'`),
  };
}

/** **kwargs that end in a function's own keywords (TypeError `<owner> got an unexpected ...`). */
export function callSink(owner: string, known: readonly string[] = []): KwargsSink {
  return { known: new Set(known), refuse: (key) => new PyTypeError(`${owner} got an unexpected keyword argument '${key}'`) };
}

export const LINE2D = artistSink("Line2D");
export const RECTANGLE = artistSink("Rectangle");
export const PATH_COLLECTION = artistSink("PathCollection");
export const AXES_IMAGE = artistSink("AxesImage");
export const TEXT_SET = artistSink("Text");
export const TEXT_PROPERTY = artistSink("Text", "property");
export const FIGURE_SET = artistSink("Figure");
export const AXES_SET = artistSink("AxesSubplot");
export const LEGEND_INIT = callSink("Legend.__init__()", LEGEND_PARAMETERS);
export const COLORBAR_INIT = callSink("Colorbar.__init__()", COLORBAR_PARAMETERS);
export const GRID_SINK: KwargsSink = {
  known: new Set(ARTIST_PROPERTIES.Line2D),
  refuse: (key) => new ValueError(`keyword grid_${key} is not recognized; valid keywords are ${GRID_KEYWORDS_TEXT}`),
};

/** A declaration with matplotlib's kwargs destination and check_in_list values. */
export interface MplSpec extends SignatureSpec {
  /** Where undeclared keywords would go in matplotlib. */
  readonly kwargs?: KwargsSink;
  /** matplotlib's `_api.check_in_list`: ValueError "'x' is not a valid value for name; ..." (None allowed but not listed). */
  readonly inList?: Readonly<Record<string, readonly unknown[]>>;
  /** The name matplotlib's check_in_list message uses when it is not the parameter's. */
  readonly inListName?: Readonly<Record<string, string>>;
}

/** The order the caller wrote the keywords in (matplotlib names aliases in that order). */
const KEY_ORDER = Symbol("keyword order");

const UNEXPECTED = /^\w+\(\) got an unexpected keyword argument '(.*)'$/;

function pyRepr(v: unknown): string {
  if (typeof v === "string") return `'${v}'`;
  if (v === null || v === undefined) return "None";
  if (typeof v === "boolean") return v ? "True" : "False";
  if (Array.isArray(v)) return `[${v.map(pyRepr).join(", ")}]`;
  return String(v);
}

/** matplotlib's `_api.check_in_list` message. */
export function notInList(name: string, value: unknown, allowed: readonly unknown[]): ValueError {
  return new ValueError(`${pyRepr(value)} is not a valid value for ${name}; supported values are ${allowed.map(pyRepr).join(", ")}`);
}

/** Receives the parameters each successful call gave (the tests' coverage of declared options). */
export type BindRecorder = (sig: MplSignature, given: readonly string[]) => void;

/** A matplotlib signature: binds as Signature does, refuses keywords and values as matplotlib. */
export class MplSignature extends Signature {
  /** @internal Set by the tests that check every declared parameter is exercised. */
  static recorder: BindRecorder | null = null;

  private readonly sink: KwargsSink | null;
  private readonly inList: Readonly<Record<string, readonly unknown[]>>;
  private readonly text: string;
  private readonly spec: MplSpec;
  /** For a pyplot function: the Axes / Figure method's signature, which binds its calls. */
  original: MplSignature | null = null;

  constructor(text: string, spec: MplSpec = {}) {
    super(text, spec);
    this.text = text;
    this.spec = spec;
    this.sink = spec.kwargs ?? null;
    this.inList = spec.inList ?? {};
  }

  override bind(args: ArrayLike<unknown>): Bound {
    let bound: Bound;
    this.refuseMixedKeywords(args);
    try {
      bound = super.bind(args);
    } catch (e) {
      const m = e instanceof PyTypeError ? UNEXPECTED.exec(e.message) : null;
      if (m === null || this.sink === null) throw e;
      if (this.sink.known.has(m[1])) throw new NotImplementedError(`${this.callName} keyword argument '${m[1]}' is not supported yet`);
      throw this.sink.refuse(m[1]);
    }
    let n = args.length;
    while (n > 0 && args[n - 1] === undefined) n--;
    if (n > 0 && isPlainObject(args[n - 1])) (bound as Record<symbol, unknown>)[KEY_ORDER] = Object.keys(args[n - 1] as object);
    for (const name in this.inList) {
      const allowed = this.inList[name];
      if (!allowed.includes(bound[name])) throw notInList(this.spec.inListName?.[name] ?? name, bound[name], allowed.filter((v) => v !== null));
    }
    if (MplSignature.recorder !== null) MplSignature.recorder(this, this.givenNames(args));
    return bound;
  }

  /**
   * A trailing object naming some parameters and some unknown keys is keyword arguments with a
   * typo, not a data table (seaborn's `data` accepts a mapping): refuse the unknown key.
   */
  private refuseMixedKeywords(args: ArrayLike<unknown>): void {
    let n = args.length;
    while (n > 0 && args[n - 1] === undefined) n--;
    if (n === 0 || !isPlainObject(args[n - 1])) return;
    const keys = Object.keys(args[n - 1] as object);
    const unknown = keys.filter((k) => this.param(k) === undefined);
    if (unknown.length === 0 || unknown.length === keys.length) return;
    if (this.sink === null) throw new PyTypeError(`${this.callName} got an unexpected keyword argument '${unknown[0]}'`);
    if (this.sink.known.has(unknown[0])) throw new NotImplementedError(`${this.callName} keyword argument '${unknown[0]}' is not supported yet`);
    throw this.sink.refuse(unknown[0]);
  }

  /** The parameters a call gave, positionally or by keyword. */
  private givenNames(args: ArrayLike<unknown>): string[] {
    let n = args.length;
    while (n > 0 && args[n - 1] === undefined) n--;
    const names: string[] = [];
    if (n > 0 && isPlainObject(args[n - 1])) {
      const keys = Object.keys(args[n - 1] as object);
      if (keys.every((k) => this.param(k) !== undefined)) {
        names.push(...keys);
        n--;
      }
    }
    for (let i = 0; i < n && i < this.params.length; i++) {
      const p = this.params[i];
      if (p.kind === "varargs") break;
      if (args[i] !== undefined) names.push(p.name);
    }
    return names;
  }

  /** The same parameters under another qualified name (pyplot's wrapper of an Axes method). */
  twin(qualname: string): MplSignature {
    const sig = new MplSignature(this.text.replace(/^[\w.]+/, qualname), this.spec);
    sig.original = this;
    sig.wraps = this;
    return sig;
  }

  /** Declares this pyplot function as forwarding to `method`, whose signature binds the call. */
  forwardsTo(method: MplSignature): this {
    this.original = method;
    this.wraps = method;
    return this;
  }
}

/** Declares a matplotlib/seaborn signature. */
export function mplsig(text: string, spec?: MplSpec): MplSignature {
  return new MplSignature(text, spec);
}

/**
 * One value of a property given under its name or an alias (`linewidth` / `lw`); both given is
 * matplotlib's TypeError.
 */
export function alias<T = unknown>(b: Bound, name: string, ...aliases: string[]): T | null {
  const given = [name, ...aliases].filter((k) => b[k] != null);
  if (given.length === 0) return null;
  if (given.length > 1) {
    const order = (b as Record<symbol, string[] | undefined>)[KEY_ORDER] ?? [];
    given.sort((p, q) => order.indexOf(p) - order.indexOf(q));
    throw new PyTypeError(`Got both '${given[0]}' and '${given[1]}', which are aliases of one another`);
  }
  return b[given[0]] as T;
}
