// Alternating, adaptive timing of several sides of one case (tslab-sci, Python, JS peers).
// Each side is { key, batch(number) -> Promise<seconds for `number` back-to-back calls> }.
// After a warm-up and calibration every side runs in rounds, ts, py, peers, ts, py, ... and
// reports the median per-call time over its rounds.
"use strict";

const SECONDS_PER_SIDE = Number(process.env.BENCH_SECONDS || 0.4);
const BATCH_SECONDS = 0.04;
/**
 * A pause before every timed batch, so the work a side leaves behind (a collection it
 * scheduled, background sweeping of its garbage) ends before the next side is timed instead
 * of running beside it on the other core.
 */
const SETTLE_MS = 25;
const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
/** Time each side first runs untimed: first calls fault in fresh memory and compile code. */
const WARM_SECONDS = 0.15;
const MIN_ROUNDS = 3;
const MAX_ROUNDS = 15;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** A batch runner for a synchronous JS function; `dispose` frees a result (tfjs tensors). */
function jsBatch(fn, dispose) {
  return async (number) => {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < number; i++) {
      const r = fn();
      if (dispose) dispose(r);
    }
    return Number(process.hrtime.bigint() - t0) / 1e9;
  };
}

/** Runs batches of growing size until WARM_SECONDS have passed, so timing starts in the steady state. */
async function warmUp(side) {
  for (let spent = 0, number = 1; spent < WARM_SECONDS; number *= 2) spent += await side.batch(number);
}

/** Per-call seconds of one call, refined with a small batch when the call is quick. */
async function calibrate(side) {
  let t = await side.batch(1);
  if (t < 0.002) {
    const n = Math.max(2, Math.min(1000, Math.ceil(0.01 / Math.max(t, 1e-7))));
    t = (await side.batch(n)) / n;
  }
  return t;
}

/**
 * Times the sides alternately. Resolves to a map key -> { median, min, rounds, number } or
 * { error } for a side that threw.
 */
async function timeSides(sides, { seconds = SECONDS_PER_SIDE } = {}) {
  const plans = [];
  const out = {};
  for (const side of sides) {
    try {
      await warmUp(side);
      const perCall = await calibrate(side);
      const number = Math.max(1, Math.round(BATCH_SECONDS / Math.max(perCall, 1e-9)));
      const rounds = Math.min(MAX_ROUNDS, Math.max(MIN_ROUNDS, Math.floor(seconds / (number * perCall))));
      plans.push({ side, number, rounds, samples: [] });
    } catch (err) {
      out[side.key] = { error: errorText(err) };
    }
  }
  const most = Math.max(0, ...plans.map((p) => p.rounds));
  for (let r = 0; r < most; r++) {
    for (const plan of plans) {
      if (plan.failed || r >= plan.rounds) continue;
      try {
        await settle();
        plan.samples.push((await plan.side.batch(plan.number)) / plan.number);
      } catch (err) {
        plan.failed = errorText(err);
      }
    }
  }
  for (const plan of plans) {
    out[plan.side.key] = plan.failed
      ? { error: plan.failed }
      : { median: median(plan.samples), min: Math.min(...plan.samples), rounds: plan.samples.length, number: plan.number };
  }
  return out;
}

function errorText(err) {
  if (err && err.name === "Missing") return `n/a (${err.message})`;
  const msg = err && err.message ? err.message.split("\n")[0] : String(err);
  return `error: ${err && err.name ? err.name + ": " : ""}${msg}`.slice(0, 160);
}

module.exports = { timeSides, jsBatch, median, errorText };
