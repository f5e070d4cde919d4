/**
 * The pinned tslab's modules, loaded from its dist/ folder, and the shapes of the parts of them
 * the kernel extends. This file is the only one that names tslab's module paths. TypeScript
 * itself is loaded only when a cell is compiled or parsed (see converterFacade).
 */
import * as path from "node:path";
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

/** tslab's own dist/ folder, and the two of its modules that load TypeScript. */
const DIST = path.dirname(require.resolve("tslab/dist/converter.js"));
const CONVERTER = path.join(DIST, "converter.js");
const METADATA = path.join(DIST, "metadata.js");

interface ConverterModule {
  createConverter(options?: ConverterOptions): Converter;
  isCompleteCode(code: string): IsCompleteResult;
  esModuleToCommonJSModule(js: string, exports: string[]): string;
  keepNamesInImport(im: unknown, names: Set<string>): void;
}

let converterModule: ConverterModule | undefined;
const realConverter = (): ConverterModule => (converterModule ??= require(CONVERTER));
let metadataModule: { getCodeMetadata(src: string): object } | undefined;
const realMetadata = () => (metadataModule ??= require(METADATA));

/**
 * What tslab's own files get for "./converter": its exports, the module itself loaded on first
 * use. Loading it loads TypeScript (about 40 MB and a quarter of a second), which a kernel
 * whose cells all come from the cell cache never needs.
 */
const converterFacade: Partial<ConverterModule> = {};
for (const name of ["createConverter", "isCompleteCode", "esModuleToCommonJSModule", "keepNamesInImport"] as const) {
  Object.defineProperty(converterFacade, name, { enumerable: true, get: () => realConverter()[name] });
}

/**
 * What they get for "./metadata" (getCodeMetadata): tslab reads a cell's `/** @node *\/`-style tags with
 * TypeScript's scanner; a cell that names none of the tags has none, and needs no TypeScript.
 */
export const codeMetadata = (src: string): object => (/@(module|jsx|node|browser)/.test(src) ? realMetadata().getCodeMetadata(src) : {});
const metadataFacade = { getCodeMetadata: codeMetadata };

// installed before tslab's modules load, so every require of these two inside tslab sees it
const ModuleClass = require("node:module") as { _load: (request: string, parent: { filename?: string } | null, isMain: boolean) => unknown };
const originalLoad = ModuleClass._load;
ModuleClass._load = function (request, parent, isMain) {
  if ((request === "./converter" || request === "./metadata") && parent?.filename !== undefined && path.dirname(parent.filename) === DIST) {
    return request === "./converter" ? converterFacade : metadataFacade;
  }
  return originalLoad.call(this, request, parent, isMain);
};

/** tslab's jupyter.js: the server, the handler and the display writer the library uses. */
export const jupyter: JupyterModule = require("tslab/dist/jupyter.js");

/** tslab's converter factory (TypeScript cell -> JavaScript); loads TypeScript on first call. */
export const createConverter = (options?: ConverterOptions): Converter => realConverter().createConverter(options);

/** tslab's completeness check of a cell. */
export const isCompleteCode = (code: string): IsCompleteResult => realConverter().isCompleteCode(code);

/** tslab's executor factory (runs converted cells, keeps the variables between cells). */
export const createExecutor: (rootDir: string, convs: ConverterSet, console: ConsoleInterface) => Executor = require("tslab/dist/executor.js").createExecutor;

const TYPESCRIPT = require.resolve("@tslab/typescript-for-tslab", { paths: [CONVERTER] });

/** The TypeScript compiler tslab itself loads (the same instance, so its nodes match), loaded on first use. */
export function typescript(): typeof TS {
  return require(TYPESCRIPT);
}

/**
 * The same compiler as a namespace for modules that run only beside the compiler (the
 * operator rewrite): each property read loads it if need be.
 */
export const ts: typeof TS = new Proxy({} as typeof TS, { get: (_, name) => (typescript() as any)[name] });

/** That compiler's version, without loading it. */
export const typescriptVersion: string = require(path.join(path.dirname(TYPESCRIPT), "..", "package.json")).version;

/** tslab's version, from its package.json. */
export const tslabVersion: string = require("tslab/package.json").version;
