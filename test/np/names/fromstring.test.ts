/** np.fromstring's text mode against Debian's NumPy (test/golden/np_fromstring/cases.json, scripts/golden/np_fromstring.py). */
import { test } from "uvu";
import { np } from "../../../src";
import { loadGolden } from "../../helpers/golden";
import { checkCases } from "../_sig_cases";

const G = loadGolden("np_fromstring/cases");
const UNMATCHED = "string or file could not be read to its end due to unmatched data; this will raise a ValueError in the future.";

/** [array, one true per unmatched-data warning]. */
function read(...args: Parameters<typeof np.fromstring>): [np.NDArray, np.NDArray] {
  const seen: boolean[] = [];
  const emit = process.emitWarning;
  process.emitWarning = ((w: string | Error) => void seen.push(String(w) === UNMATCHED)) as typeof process.emitWarning;
  try {
    return [np.fromstring(...args), np.array(seen, "bool")];
  } finally {
    process.emitWarning = emit;
  }
}

const CALLS: Record<string, () => unknown> = {
  spaces: () => read("1 2 3", { sep: " " }),
  comma_int: () => read("1,2,3", { dtype: "int", sep: "," }),
  comma_spaced: () => read("1, 2,3 ", "int", { sep: "," }),
  count: () => read("1 2 3 4", { sep: " ", count: 2 }),
  count_pos: () => read("5;6;7", "float", 1, { sep: ";" }),
  unmatched: () => read("1 x 3", { sep: " " }),
  empty: () => read("", { sep: " " }),
  specials: () => read("1.5e3,-2,inf,nan,-Infinity,.5", { sep: "," }),
  float_as_int: () => read("1.5,2", { dtype: "int", sep: "," }),
  newlines: () => read("1  2\n3\t4", { sep: " " }),
  double_sep: () => read("1;;2", { sep: ";" }),
  trailing_sep: () => read("1,2,", { sep: "," }),
  hex_int: () => read("0x10 12", { dtype: "int", sep: " " }),
  uint8: () => read("1 2 255", { sep: " ", dtype: "uint8" }),
  uint8_wrap: () => read("300 7", { sep: " ", dtype: "uint8" }),
  float32: () => read("0.1 0.2", { sep: " ", dtype: "float32" }),
  bool: () => read("1 0 2", { dtype: "bool", sep: " " }),
  multi_char_sep: () => read("1 -- 2--3", { sep: "--" }),
  sep_with_space: () => read("1 ,2 , 3", { sep: " , " }),
  signs: () => read("+1 -2 +3.5", { sep: " " }),
  leading_space: () => read("  4 5", { sep: " " }),
  like: () => read("1 2", { sep: " ", like: np.array([1.0]) }),
};

test(`fromstring against NumPy (${Object.keys(CALLS).length} cases)`, () => {
  checkCases(G.cases, CALLS);
});

test("fromstring: a count beyond the text and the binary mode are refused", () => {
  const names: string[] = [];
  for (const call of [() => np.fromstring("1 2", { sep: " ", count: 5 }), () => np.fromstring("abc")]) {
    try {
      call();
    } catch (e) {
      names.push((e as Error).name);
    }
  }
  if (names.join() !== "ValueError,NotImplementedError") throw new Error(`got ${names.join()}`);
});

test.run();
