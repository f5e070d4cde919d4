/**
 * tslab's ZeroMQ server, extended: shell requests are handled one at a time in arrival order
 * (busy/idle bracket each one), execute requests go through the CellRunner, and a failed cell
 * aborts the requests queued behind it only when it was sent with stop_on_error (Jupyter's
 * default), so a `raises-exception` cell under Run All does not stop the notebook.
 */
import type { JupyterHandler, WireMessage } from "./tslab";
import { jupyter } from "./tslab";
import type { CellOutputs, CellRunner } from "./cell";

/** The request types tslab's server dispatches; others are ignored without a word. */
const HANDLED = new Set([
  "kernel_info_request",
  "execute_request",
  "is_complete_request",
  "inspect_request",
  "complete_request",
  "comm_info_request",
  "shutdown_request",
]);

const DELIMITER = "<IDS|MSG>";

/** The msg_type of a raw wire message, read before tslab parses and verifies it. */
export function peekMessageType(frames: Buffer[]): string | undefined {
  const at = frames.findIndex((f) => f.toString() === DELIMITER);
  if (at < 0 || frames.length < at + 3) return undefined;
  try {
    return JSON.parse(frames[at + 2].toString()).msg_type;
  } catch {
    return undefined;
  }
}

/** Now, in microseconds since the epoch (a request's header.date has microseconds). */
const nowMicros = () => Math.round((performance.timeOrigin + performance.now()) * 1000);

/**
 * A header date ("2026-12-07T19:05:31.123456Z", or with "+00:00") in microseconds since the
 * epoch; NaN when it cannot be read.
 */
export function dateMicros(date: string): number {
  const m = /^(.*T\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|[+-]\d\d:?\d\d)?$/.exec(date ?? "");
  if (!m) return NaN;
  const seconds = Date.parse(m[1] + (m[3] ?? "Z"));
  return seconds * 1000 + Number((m[2] ?? "").padEnd(6, "0").slice(0, 6));
}

/**
 * How long after a failure a request dated before it still counts as queued behind it. Every
 * such request was in the socket already; the bound only matters if the client's clock runs
 * behind the kernel's, where it keeps a later request from being mistaken for a queued one.
 */
const QUEUED_WINDOW_MICROS = 1_000_000;

export class SciServer extends jupyter.ZmqServer {
  /** The end of the shell queue: every shell request runs after the previous one finished. */
  private shellTail: Promise<void> = Promise.resolve();
  /** When the last stop_on_error cell failed (µs since the epoch, kernel clock); null if none. */
  private failedAt: number | null = null;
  /** When the request being handled was read from the shell socket (µs, kernel clock). */
  private arrivedAt = 0;
  /** Settles once every socket is bound: a request read earlier waits for it. */
  private bound: Promise<void> = Promise.resolve();

  constructor(handler: JupyterHandler, configPath: string, private readonly runner: CellRunner) {
    super(handler, configPath);
  }

  override init(): Promise<void> {
    this.bound = super.init();
    return this.bound;
  }

  override handleShellMessage(socket: unknown, ...frames: Buffer[]): Promise<void> {
    if (!HANDLED.has(peekMessageType(frames) ?? "")) return Promise.resolve();
    if (socket !== this.shell) return this.bound.then(() => super.handleShellMessage(socket, ...frames));
    const arrived = nowMicros();
    this.shellTail = this.shellTail.then(() => this.bound).then(() => {
      this.arrivedAt = arrived;
      return super.handleShellMessage(socket, ...frames);
    }).catch((e) => {
      process.stderr.write(`tslab-sci kernel: ${e?.stack ?? e}\n`);
    });
    return this.shellTail;
  }

  override async handleExecute(socket: unknown, msg: WireMessage): Promise<void> {
    const reply = msg.createReply();
    reply.header.msg_type = "execute_reply";
    if (this.queuedBehindFailure(msg)) {
      reply.content = { status: "aborted" };
      reply.signAndSend(this.connInfo.key, socket);
      return;
    }
    const content = await this.runner.run(msg.content, this.outputsFor(msg));
    reply.content = content;
    if (content.status === "error" && msg.content.stop_on_error !== false) this.abortQueued();
    reply.signAndSend(this.connInfo.key, socket);
  }

  /**
   * Marks the moment a stop_on_error cell failed, just before its reply goes out: requests sent
   * before it (queued behind the failed cell) are aborted; any sent after its reply run.
   */
  private abortQueued(): void {
    this.failedAt = nowMicros();
  }

  /** Whether `msg` was sent before the last failure and read soon after it. */
  private queuedBehindFailure(msg: WireMessage): boolean {
    if (this.failedAt === null) return false;
    if (this.arrivedAt - this.failedAt > QUEUED_WINDOW_MICROS) return false;
    const sent = dateMicros(msg.header.date);
    // without a readable date, what was read before the failure counts as queued
    return Number.isNaN(sent) ? this.arrivedAt <= this.failedAt : sent <= this.failedAt;
  }

  /** iopub messages with the request as parent. */
  private outputsFor(parent: WireMessage): CellOutputs {
    const publish = (msgType: string, content: object) => {
      const msg = parent.createReply();
      msg.header.msg_type = msgType;
      msg.content = content;
      msg.signAndSend(this.connInfo.key, this.iopub);
    };
    return {
      executeInput: (code, count) => publish("execute_input", { code, execution_count: count }),
      stream: (name, text) => publish("stream", { name, text }),
      display: (content, update) => publish(update ? "update_display_data" : "display_data", { transient: {}, ...content }),
      result: (count, data, metadata) => publish("execute_result", { execution_count: count, data, metadata }),
      error: (content) => publish("error", content),
    };
  }

  /** comm_info_reply (tslab answers with the wrong message type): no comms. */
  override handleCommInfoRequest(socket: unknown, msg: WireMessage): void {
    const reply = msg.createReply();
    reply.header.msg_type = "comm_info_reply";
    reply.content = { status: "ok", comms: {} };
    reply.signAndSend(this.connInfo.key, socket);
  }

  /** shutdown_reply with status and the `restart` flag the client sent. */
  override handleShutdown(socket: unknown, msg: WireMessage): void {
    const reply = msg.createReply();
    reply.header.msg_type = "shutdown_reply";
    reply.content = { status: "ok", restart: msg.content?.restart === true };
    reply.signAndSend(this.connInfo.key, socket);
  }

  /** After a shutdown: close as tslab does, then exit even if a worker thread is still alive. */
  override close(): void {
    super.close();
    setTimeout(() => process.exit(0), 100).unref();
  }
}
