/**
 * A real front end: Debian's classic Notebook server started on a temporary copy of the
 * notebooks, each notebook opened in headless Chromium (playwright-core) and run with Cell > Run
 * All. Every code cell must get its number (none left at In [*]), the WRONG cell must show its
 * error while the cells after it still run, and every figure must be visible. Server and
 * browser are stopped at the end, even when a check fails.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawn, ChildProcess } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import type { BrowserContext } from "playwright-core";
import { ROOT, Cell } from "../helpers/notebook";

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { registerKernel } = require("../../scripts/kernel/register.js");
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { ensurePythonStack } = require("../../scripts/setup/system.js");

const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const NOTEBOOKS = join(ROOT, "notebooks");
const RUN_TIMEOUT_MS = Number(process.env.RUN_ALL_TIMEOUT_MS ?? 240_000);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function waitForServer(url: string, server: ChildProcess): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (server.exitCode !== null) throw new Error(`the Notebook server exited (${server.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("the Notebook server did not start in 60 s");
}

let work = "";
let server: ChildProcess | undefined;
let context: BrowserContext | undefined;
let base = "";
let token = "";
let serverLog = "";

test.before(async () => {
  ensurePythonStack();
  // Inside the project (out/ is ignored), so the kernel resolves `tslab-sci` as in notebooks/.
  mkdirSync(join(ROOT, "out"), { recursive: true });
  work = mkdtempSync(join(ROOT, "out", "classic-notebook-"));
  cpSync(NOTEBOOKS, join(work, "notebooks"), { recursive: true });
  const port = await freePort();
  token = randomBytes(16).toString("hex");
  base = `http://127.0.0.1:${port}`;
  const env = { ...registerKernel(), JUPYTER_CONFIG_DIR: join(work, "config"), JUPYTER_RUNTIME_DIR: join(work, "runtime") };
  const args = ["notebook", "--no-browser", "--ip=127.0.0.1", `--port=${port}`, "--port-retries=0", `--NotebookApp.token=${token}`, `--notebook-dir=${join(work, "notebooks")}`];
  if (process.getuid?.() === 0) args.push("--allow-root");
  server = spawn("jupyter", args, { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  server.stdout?.on("data", (d) => (serverLog += d));
  server.stderr?.on("data", (d) => (serverLog += d));
  await waitForServer(`${base}/api/status?token=${token}`, server);
  const { chromium } = await import("playwright-core");
  context = await chromium.launchPersistentContext(join(work, "chromium"), { executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
});

test.after(async () => {
  await context?.close().catch(() => undefined);
  if (server?.pid !== undefined && server.exitCode === null) {
    process.kill(-server.pid, "SIGTERM");
    await new Promise((r) => server?.once("exit", r));
  }
  if (work) rmSync(work, { recursive: true, force: true });
});

interface PageReport {
  prompts: string[];
  errors: { index: number; text: string }[];
  images: { width: number; height: number; natural: number }[];
}

for (const file of readdirSync(NOTEBOOKS).filter((f) => f.endsWith(".ipynb")).sort()) {
  test(`${file}: Run All in the classic Notebook runs every cell and shows every figure`, async () => {
    const committed = JSON.parse(readFileSync(join(NOTEBOOKS, file), "utf8")) as { cells: Cell[] };
    const code = committed.cells.filter((c) => c.cell_type === "code");
    const wrong = code.findIndex((c) => (c.metadata.tags ?? []).includes("raises-exception"));
    const figures = code.flatMap((c) => c.outputs ?? []).filter((o) => o.output_type === "display_data" && (o.data?.["image/png"] || o.data?.["image/jpeg"])).length;

    const page = await (context as BrowserContext).newPage();
    try {
      await page.goto(`${base}/notebooks/${file}?token=${token}`);
      await page.waitForFunction(() => (window as any).Jupyter?.notebook?.kernel?.is_connected?.() === true, null, { timeout: 60_000 });
      await page.evaluate(() => {
        const nb = (window as any).Jupyter.notebook;
        nb.clear_all_output();
        nb.execute_all_cells(); // Cell > Run All
      });
      // Done when every code cell has its number (no In [*], none left unrun) and the kernel is idle.
      const state = () =>
        page.evaluate(() => {
          const nb = (window as any).Jupyter.notebook;
          const prompts = nb.get_cells().filter((c: any) => c.cell_type === "code").map((c: any) => c.input_prompt_number);
          return { prompts, idle: document.querySelector("#kernel_indicator_icon")?.classList.contains("kernel_idle_icon") === true };
        });
      const deadline = Date.now() + RUN_TIMEOUT_MS;
      let last = await state();
      while (!(last.idle && last.prompts.every((p: unknown) => typeof p === "number"))) {
        if (Date.now() > deadline) throw new Error(`Run All did not finish: ${JSON.stringify(last)}`);
        await page.waitForTimeout(500);
        last = await state();
      }
      await page.waitForTimeout(500); // let the last images decode
      const report: PageReport = await page.evaluate(() => {
        const cells = Array.from(document.querySelectorAll(".cell.code_cell"));
        return {
          prompts: cells.map((c) => c.querySelector(".input_prompt")?.textContent?.replace(/\s+/g, "") ?? ""),
          errors: cells.flatMap((c, index) => Array.from(c.querySelectorAll(".output_error")).map((e) => ({ index, text: e.textContent ?? "" }))),
          images: Array.from(document.querySelectorAll(".output_area img, .output_area canvas, .output_area svg")).map((el) => {
            const box = el.getBoundingClientRect();
            return { width: box.width, height: box.height, natural: (el as HTMLImageElement).naturalWidth ?? box.width };
          }),
        };
      });
      assert.equal(report.prompts.filter((p) => !/^In\[\d+\]:$/.test(p)), [], "every cell ran, none left at In [*]");
      assert.equal(report.prompts, code.map((_, i) => `In[${i + 1}]:`));
      if (wrong >= 0) {
        assert.equal(report.errors.map((e) => e.index), [wrong], "only the WRONG cell shows an error");
        assert.match(report.errors[0].text, "TypeError: Expected 1-3 arguments, but got 4.");
      } else {
        assert.equal(report.errors, []);
      }
      assert.is(report.images.length, figures, "one image per figure");
      for (const im of report.images) assert.ok(im.width > 100 && im.height > 100 && im.natural > 0, `figure visible: ${JSON.stringify(im)}`);
    } catch (e) {
      (e as Error).message += `\n--- Notebook server log (tail)\n${serverLog.slice(-3000)}`;
      throw e;
    } finally {
      await page.close();
    }
  });
}

test.run();
