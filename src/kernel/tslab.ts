/**
 * The pinned tslab's modules, loaded from its dist/ folder, and the shapes of the parts of them
 * the kernel extends. This file is the only one that names tslab's module paths.
 */
import type * as TS from "typescript";
import type { Converter, ConverterOptions, ConvertResult, Diagnostic, IsCompleteResult } from "tslab/dist/converter";
import type { ConsoleInterface, ConverterSet, Executor } from "tslab/dist/executor";

export type { Converter, ConverterSet, ConsoleInterface, ConvertResult, Diagnostic, Executor };

/** A parsed wire message of tslab's server (its class is not exported; we only use these). */
export interface WireMessage {
  header: { msg_type: string; msg_id: string; session: string; username: string; date: string };
  parent: object;
  metadata: Record<string, unknown>;
  content: any;
  createReply(): WireMessage;
  signAndSend(key: string, socket: unknown): void;
}

/** A Jupyter display_data content as tslab's display writer takes it. */
export interface DisplayContent {
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
  transient?: Record<string, unknown>;
}

export type StreamWriter = (name: "stdout" | "stderr", text: string) => void;
export type DisplayWriter = (content: DisplayContent, update: boolean) => void;

/** tslab's request handler class: what the kernel calls or overrides. */
export declare class JupyterHandler {
  constructor(executor: Executor, isJs: boolean);
  executor: Executor;
  handleKernel(): Record<string, any>;
  handleIsComplete(req: { code: string }): Record<string, unknown>;
  handleInspect(req: { code: string; cursor_pos: number }): Record<string, unknown>;
  handleComplete(req: { code: string; cursor_pos: number }): { cursor_start: number; cursor_end: number; matches: string[]; metadata: object; status: string };
  createWriteToIopub(name: string, write: StreamWriter): (chunk: string | Uint8Array) => boolean;
  close(): void;
}

/** tslab's ZeroMQ server class: what the kernel calls or overrides. */
export declare class ZmqServer {
  constructor(handler: JupyterHandler, configPath: string);
  handler: JupyterHandler;
  connInfo: { key: string };
  iopub: unknown;
  shell: { readable: boolean };
  control: unknown;
  handleShellMessage(socket: unknown, ...frames: Buffer[]): Promise<void>;
  publishStatus(state: string, parent: WireMessage): void;
  handleExecute(socket: unknown, msg: WireMessage): Promise<void>;
  handleCommInfoRequest(socket: unknown, msg: WireMessage): void;
  handleShutdown(socket: unknown, msg: WireMessage): void;
  init(): Promise<void>;
  close(): void;
}

interface JupyterModule {
  JupyterHandlerImpl: typeof JupyterHandler;
  ZmqServer: typeof ZmqServer;
  lastWriteDisplayData: DisplayWriter | null;
}

/** tslab's jupyter.js: the server, the handler and the display writer the library uses. */
export const jupyter: JupyterModule = require("tslab/dist/jupyter.js");

/** tslab's converter factory (TypeScript cell -> JavaScript). */
export const createConverter: (options?: ConverterOptions) => Converter = require("tslab/dist/converter.js").createConverter;

/** tslab's completeness check of a cell. */
export const isCompleteCode: (code: string) => IsCompleteResult = require("tslab/dist/converter.js").isCompleteCode;

/** tslab's executor factory (runs converted cells, keeps the variables between cells). */
export const createExecutor: (rootDir: string, convs: ConverterSet, console: ConsoleInterface) => Executor = require("tslab/dist/executor.js").createExecutor;

/** The TypeScript compiler tslab itself loads (the same instance, so its nodes match). */
export const ts: typeof TS = require(require.resolve("@tslab/typescript-for-tslab", { paths: [require.resolve("tslab/dist/converter.js")] }));

/** tslab's version, from its package.json. */
export const tslabVersion: string = require("tslab/package.json").version;
