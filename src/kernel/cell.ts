/**
 * Runs one execute_request through tslab's executor and turns what happened into Jupyter
 * messages: execute_input, streams, displays, an execute_result for a shown value, an `error`
 * for a compile or run-time error, and the execute_reply content.
 */
import { format, inspect } from "node:util";
import type { CellConverters } from "./converters";
import type { DisplayContent, Executor, JupyterHandler, StreamWriter } from "./tslab";
import { jupyter } from "./tslab";
import { compileError, thrownError, ErrorContent } from "./errors";

/** Where a cell's outputs go (iopub messages with the request as parent). */
export interface CellOutputs {
  executeInput(code: string, count: number): void;
  stream: StreamWriter;
  display(content: DisplayContent, update: boolean): void;
  result(count: number, data: Record<string, unknown>, metadata: Record<string, unknown>): void;
  error(content: ErrorContent): void;
}

export interface ExecuteRequest {
  code: string;
  silent?: boolean;
  store_history?: boolean;
  stop_on_error?: boolean;
}

export type ExecuteReply =
  | { status: "ok"; execution_count: number; payload: object[]; user_expressions: object }
  | ({ status: "error"; execution_count: number } & ErrorContent);

/**
 * The console tslab's executor reports to: `log` receives the cell's last value (only called
 * when the cell shows one), `error` a thrown value or lines of diagnostics.
 */
export class CellConsole {
  value: unknown = undefined;
  hasValue = false;
  errors: unknown[][] = [];

  reset(): void {
    this.value = undefined;
    this.hasValue = false;
    this.errors = [];
  }

  log(value?: unknown): void {
    this.value = value;
    this.hasValue = true;
  }

  error(...args: unknown[]): void {
    this.errors.push(args);
  }
}

export class CellRunner {
  private count = 0;

  constructor(
    private readonly executor: Executor,
    private readonly converters: CellConverters,
    private readonly console: CellConsole,
    private readonly handler: JupyterHandler,
  ) {}

  /** Executes the request's code and publishes its outputs; returns the execute_reply content. */
  async run(req: ExecuteRequest, out: CellOutputs): Promise<ExecuteReply> {
    const silent = req.silent === true;
    if (!silent && req.store_history !== false) this.count++;
    const count = this.count;
    const sink = silent ? quiet : out;
    sink.executeInput(req.code, count);
    this.routeOutputs(sink);
    this.console.reset();
    this.converters.lastDiagnostics = [];
    let ok: boolean;
    try {
      ok = await this.executor.execute(req.code);
    } catch (e) {
      this.console.errors.push([e]);
      ok = false;
    } finally {
      this.dropHiddenValue();
    }
    if (!ok) return this.failed(req.code, count, sink);
    this.reportStrayErrors(sink);
    if (this.console.hasValue) {
      const err = this.showValue(this.console.value, count, sink);
      this.console.reset();
      if (err) return this.failedWith(err, count, sink);
    }
    return { status: "ok", execution_count: count, payload: [], user_expressions: {} };
  }

  /** stdout, stderr and the library's display hook go to this cell (until the next one). */
  private routeOutputs(out: CellOutputs): void {
    process.stdout.write = this.handler.createWriteToIopub("stdout", out.stream) as typeof process.stdout.write;
    process.stderr.write = this.handler.createWriteToIopub("stderr", out.stream) as typeof process.stderr.write;
    jupyter.lastWriteDisplayData = (content, update) => out.display(content, update);
  }

  /**
   * The value's repr as execute_result. Figures the repr shows (an Axes left as the value) are
   * sent after it, as matplotlib's inline backend shows them after the cell's Out[n].
   */
  private showValue(value: unknown, count: number, out: CellOutputs): ErrorContent | null {
    const held: [DisplayContent, boolean][] = [];
    const writer = jupyter.lastWriteDisplayData;
    jupyter.lastWriteDisplayData = (content, update) => held.push([content, update]);
    let text: string;
    try {
      text = inspect(value);
    } catch (e) {
      return thrownError(e);
    } finally {
      jupyter.lastWriteDisplayData = writer;
    }
    out.result(count, { "text/plain": text }, {});
    for (const [content, update] of held) out.display(content, update);
    return null;
  }

  private failed(code: string, count: number, out: CellOutputs): ExecuteReply {
    const diagnostics = this.converters.lastDiagnostics;
    const thrown = this.console.errors.at(-1)?.[0];
    const err = diagnostics.length > 0 ? compileError(diagnostics, code, count) : thrownError(thrown);
    return this.failedWith(err, count, out);
  }

  private failedWith(err: ErrorContent, count: number, out: CellOutputs): ExecuteReply {
    out.error(err);
    return { status: "error", execution_count: count, ...err };
  }

  /** Diagnostics of a successful module cell (tslab registers it anyway) go to stderr. */
  private reportStrayErrors(out: CellOutputs): void {
    for (const args of this.console.errors) out.stream("stderr", formatLine(args));
  }

  /** A last value the cell must not show still sits in tslab's exports: let it go. */
  private dropHiddenValue(): void {
    const name = this.converters.hiddenValueVar;
    if (name !== undefined) delete this.executor.locals[name];
    this.converters.hiddenValueVar = undefined;
  }
}

function formatLine(args: unknown[]): string {
  const [first, ...rest] = args;
  return (typeof first === "string" ? format(first, ...rest) : inspect(first)) + "\n";
}

const quiet: CellOutputs = {
  executeInput() {},
  stream() {},
  display() {},
  result() {},
  error() {},
};
