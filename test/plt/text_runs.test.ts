/**
 * Consecutive texts of one look share one text layer (words and colors as data), in their
 * order; a text of another look starts a layer of its own. The drawn words, places and colors
 * are those of the texts.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { plt } from "../../src";
import { viewsOf } from "./model";

type Json = Record<string, any>;

test("three texts alike make one layer, a larger one its own", () => {
  plt.close("all");
  plt.plot([0, 10], [0, 10]);
  plt.text(1, 2, "a");
  plt.text(3, 4, "b", { color: "red" });
  plt.text(5, 6, "c");
  plt.text(7, 8, "big", { fontsize: 20 });
  const texts = viewsOf(plt.gcf().toSpec() as Json)[0].layer.filter((l: Json) => l.mark.type === "text");
  assert.is(texts.length, 2);
  assert.equal(texts[0].data.values, [
    { x: 1, y: 2, t: "a", c: "#000000" },
    { x: 3, y: 4, t: "b", c: "#ff0000" },
    { x: 5, y: 6, t: "c", c: "#000000" },
  ]);
  assert.equal(texts[0].encoding.text, { field: "t", type: "nominal" });
  assert.is(texts[0].mark.text, undefined);
  assert.is(texts[1].mark.text, "big");
  assert.is(texts[1].mark.fontSize, (20 * 100) / 72);
  plt.close("all");
});

test.run();
