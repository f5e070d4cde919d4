/** The kernel reads a request's header.date to the microsecond, to tell queued requests from later ones. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { dateMicros } from "../../src/kernel/server";

test("header dates in the forms jupyter_client writes, to the microsecond", () => {
  const base = Date.parse("2026-12-07T19:05:31Z") * 1000;
  assert.is(dateMicros("2026-12-07T19:05:31.123456Z"), base + 123456);
  assert.is(dateMicros("2026-12-07T19:05:31.123456+00:00"), base + 123456);
  assert.is(dateMicros("2026-12-07T20:05:31.000007+01:00"), base + 7);
  assert.is(dateMicros("2026-12-07T19:05:31.5Z"), base + 500000);
  assert.is(dateMicros("2026-12-07T19:05:31Z"), base);
});

test("an unreadable date is NaN", () => {
  assert.ok(Number.isNaN(dateMicros("yesterday")));
  assert.ok(Number.isNaN(dateMicros(undefined as unknown as string)));
});

test.run();
