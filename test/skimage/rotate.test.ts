import { test } from "uvu";
import { skimage } from "../../src";
import { loadGolden } from "../helpers/golden";
import { expectArray, fromGolden, throwsNamed } from "./_helpers";

const { transform } = skimage;
const g = loadGolden("skimage/rotate");
const srcs: Record<string, ReturnType<typeof fromGolden>> = {
  coins: fromGolden(g.srcs.coins), ast: fromGolden(g.srcs.ast), small: fromGolden(g.srcs.small),
};

for (const [name, c] of Object.entries<any>(g.cases)) {
  test(`rotate ${name} (${c.angle} degrees, ${JSON.stringify(c.kw)}) matches scikit-image to 1e-6`, () => {
    expectArray(transform.rotate(srcs[c.src], c.angle, c.kw), c.out, 1e-6, 1e-9, name);
  });
}

test("rotate rejects what scikit-image rejects", () => {
  throwsNamed(() => transform.rotate(srcs.small, 10, { mode: "bogus" as never }), "ValueError", /^Invalid mode specified/);
  // order 4 works in scikit-image: not provided here yet
  throwsNamed(() => transform.rotate(srcs.small, 10, { order: 4 }), "NotImplementedError", "rotate() order=4 is not supported yet");
});

test.run();
