/**
 * np.seterr / geterr / seterrcall / geterrcall / errstate and setbufsize / getbufsize against
 * Debian's NumPy: what a ufunc call does under each setting (test/golden/np_errstate/cases.json,
 * scripts/golden/np_errstate.py).
 */
import { test } from "uvu";
import { np } from "../../../src";
import { loadGolden } from "../../helpers/golden";
import { checkCases } from "../_sig_cases";

const G = loadGolden("np_errstate/cases");
const X = np.array([[1.0, 0.0, -1.0], [2.0, 0.0, 3.0]]);

const plain = (a: np.NDArray | number) => np.asarray(a, "f8").ravel().tolist() as number[];

/** Collects the warnings `fn` emits. */
function recording<T>(fn: () => T): [T, string[]] {
  const seen: string[] = [];
  const emit = process.emitWarning;
  process.emitWarning = ((w: string | Error) => void seen.push(String(w))) as typeof process.emitWarning;
  try {
    return [fn(), seen];
  } finally {
    process.emitWarning = emit;
  }
}

/** [result or error, warnings, calls, log lines] of fn() under seterr(settings), restored after. */
function scenario(settings: np.SeterrOptions, fn: () => np.NDArray | number, call?: boolean | "log"): unknown[] {
  const old = np.geterr(), oldCall = np.geterrcall();
  const calls: [string, number][] = [];
  const lines: string[] = [];
  np.seterr(settings);
  np.seterrcall(call === "log" ? { write: (s: string) => lines.push(s) } : call ? (t: string, f: number) => calls.push([t, f]) : null);
  try {
    const [res, warnings] = recording(() => {
      try {
        return plain(fn());
      } catch (e) {
        return { error: (e as Error).name, message: (e as Error).message };
      }
    });
    return [res, warnings, calls, lines];
  } finally {
    np.seterr(old);
    np.seterrcall(oldCall);
  }
}

const keys = ["divide", "over", "under", "invalid"] as const;

const CALLS: Record<string, () => unknown> = {
  geterr: () => keys.map((k) => np.geterr()[k]),
  seterr_returns: () => {
    const old = np.seterr({ divide: "ignore", over: "raise" });
    return [old.divide, np.geterr().divide, np.geterr().over, np.seterr(old).divide];
  },
  seterr_all: () => {
    const old = np.seterr("ignore", null, null, "ignore", "raise");
    return [[np.geterr().divide, np.geterr().over, np.geterr().invalid], np.seterr(old).over];
  },
  seterr_bad: () => np.seterr({ divide: "x" as never }),
  default: () => scenario({}, () => X.div([0.0, 1.0, 0.0])),
  ignore: () => scenario({ all: "ignore" }, () => X.div([0.0, 1.0, 0.0])),
  ignore_divide: () => scenario({ divide: "ignore" }, () => X.div([0.0, 1.0, 0.0])),
  raise_divide: () => scenario({ divide: "raise" }, () => np.array([1.0, 2.0]).div(0)),
  raise_invalid_after_warn: () => scenario({ invalid: "raise" }, () => np.log(np.array([-1.0, 0.0]))),
  raise_over: () => scenario({ over: "raise" }, () => np.exp(np.array([1000.0, 1.0]))),
  raise_T: () => scenario({ all: "raise", under: "ignore" }, () => np.sqrt(X.T)),
  raise_clean: () => scenario({ all: "raise", under: "ignore" }, () => np.sqrt(np.abs(X.get(":", "::-1")))),
  call: () => scenario({ all: "call", under: "ignore" }, () => np.log(np.array([-1.0, 0.0])), true),
  call_divide: () => scenario({ divide: "call" }, () => np.array([1.0, 0.0]).div(0), true),
  call_none: () => scenario({ invalid: "call" }, () => np.array([0.0]).div(0)),
  log: () => scenario({ divide: "log" }, () => np.array([1.0]).div(0), "log"),
  warn_over: () => scenario({ over: "warn", divide: "ignore" }, () => np.array([1e308]).mul(10)),
  bufsize: () => [np.getbufsize(), np.setbufsize(16384), np.getbufsize(), np.setbufsize(8192)],
  bufsize_small: () => np.setbufsize(4),
  bufsize_big: () => np.setbufsize(10 ** 9),
  bufsize_16: () => np.setbufsize(10),
  seterrcall_bad: () => np.seterrcall(5 as never),
  errstate: () => {
    const calls: [string, number][] = [];
    let inside: unknown[] = [], state = "", after = "";
    const [, warnings] = recording(() => {
      np.errstate({ divide: "ignore", invalid: "call", call: (t: string, f: number) => calls.push([t, f]) }, () => {
        inside = plain(np.array([0.0, 1.0]).div(0));
        state = np.geterr().divide;
      });
      after = np.geterr().divide;
      np.array([1.0]).div(0);
    });
    return [inside, state, after, calls, warnings, np.geterrcall() === null];
  },
  errstate_all: () => {
    const inside = np.errstate({ all: "ignore", under: "ignore", over: "raise" }, () => {
      const quiet = plain(np.array([1.0, 0.0]).div(0));
      let raised = "";
      try {
        np.exp(np.array([1000.0]));
      } catch (e) {
        raised = (e as Error).message;
      }
      return [quiet, raised];
    });
    return [...inside, np.geterr().over];
  },
};

test(`floating-point error settings against NumPy (${Object.keys(CALLS).length} cases)`, () => {
  checkCases(G.cases, CALLS);
});

test("under: underflow is not detected, so only 'ignore' is accepted", () => {
  let err: Error | null = null;
  try {
    np.seterr({ all: "raise" });
  } catch (e) {
    err = e as Error;
  }
  if (err?.name !== "NotImplementedError") throw new Error(`expected NotImplementedError, got ${err?.name}`);
  if (np.geterr().divide !== "warn") throw new Error("a refused seterr changed the settings");
});

test.run();
