/**
 * np.printoptions and np.set_printoptions with each option given, against Debian's NumPy
 * reprs (test/golden/np_sig/options_more.json, scripts/golden/np_options_more.py).
 * `floatmode` and `legacy` are honoured at NumPy's own behaviour ("maxprec", False) and refuse
 * the other modes.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { inspect } from "node:util";
import { np } from "../../../src";
import { loadGolden } from "../../helpers/golden";
import type { PrintOptionsArgs } from "../../../src/np/format/options";

const G = loadGolden("np_sig/options_more");
const x = np.array([1e-9, 1234.5678, -0.5, NaN, Infinity, 3.0]);
const big = np.arange(30).div(7);
const a23 = np.array([[1.5, -2.0, 3.25], [0.5, 4.0, -1.0]]);

/** The generator's float formatter (NaN is not negative). */
const bracketed = (v: number) => (v < 0 ? "<neg>" : "<pos>");

const OPTIONS: Record<string, PrintOptionsArgs> = {
  threshold: { threshold: 5 },
  edgeitems: { threshold: 5, edgeitems: 2 },
  linewidth: { linewidth: 30 },
  suppress: { suppress: true },
  nanstr: { nanstr: "NaN" },
  infstr: { infstr: "Inf" },
  formatter: { formatter: { float: bracketed } },
  sign: { sign: "+" },
  floatmode: { floatmode: "maxprec" },
  legacy: { legacy: false },
};

const reprs = () => [inspect(x), inspect(big), String(a23)];

test("np.printoptions prints with each option as NumPy's, then restores the previous options", () => {
  assert.equal(Object.keys(OPTIONS).sort(), Object.keys(G.reprs).sort());
  const before = reprs();
  for (const [name, options] of Object.entries(OPTIONS)) {
    assert.equal(np.printoptions(options, reprs), G.reprs[name], name);
    assert.equal(reprs(), before, `${name} restored`);
  }
});

test("np.set_printoptions takes floatmode 'maxprec' and legacy False (NumPy's behaviour) and refuses the other modes", () => {
  try {
    np.set_printoptions({ floatmode: "maxprec", legacy: false });
    assert.equal(reprs(), G.reprs.floatmode);
    const refused = (options: unknown, what: string) =>
      assert.throws(() => np.set_printoptions(options as PrintOptionsArgs), (e: Error) => e.name === "NotImplementedError" && e.message.includes(what));
    refused({ floatmode: "fixed" }, "floatmode=");
    refused({ legacy: "1.13" }, "legacy=");
    assert.throws(() => np.printoptions({ floatmode: "unique" } as never, reprs), (e: Error) => e.name === "NotImplementedError");
  } finally {
    np.set_printoptions({ precision: 8, sign: "-" });
  }
});

test.run();
