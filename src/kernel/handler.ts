/**
 * tslab's request handler, extended: kernel_info as the messaging spec wants it, inspect inside
 * a call's parentheses, and completions without private (`_`) names.
 */
import { jupyter, tslabVersion, typescriptVersion } from "./tslab";
import { calleePosition } from "./call-site";

/** The project's version, shown as the implementation version. */
const VERSION: string = require("../../package.json").version;

export class SciHandler extends jupyter.JupyterHandlerImpl {
  /** kernel_info_reply content: status, the real TypeScript version, tslab underneath. */
  override handleKernel(): Record<string, any> {
    const base = super.handleKernel();
    return {
      ...base,
      status: "ok",
      implementation: "tslab-sci",
      implementation_version: VERSION,
      language_info: { ...base.language_info, name: "typescript", version: typescriptVersion, mimetype: "text/typescript", file_extension: ".ts" },
      banner: `TypeScript ${typescriptVersion} (tslab ${tslabVersion}, tslab-sci ${VERSION})`,
      help_links: [],
    };
  }

  /** Quick info at the cursor; inside a call's parentheses, the called function's. */
  override handleInspect(req: { code: string; cursor_pos: number; detail_level?: number }): Record<string, unknown> {
    const callee = calleePosition(req.code, req.cursor_pos);
    const at = callee ?? req.cursor_pos;
    return super.handleInspect({ ...req, cursor_pos: at });
  }

  /** Completions; names starting with `_` only when the typed prefix does. */
  override handleComplete(req: { code: string; cursor_pos: number }) {
    const reply = super.handleComplete(req);
    const typed = req.code.slice(reply.cursor_start, req.cursor_pos);
    if (!typed.startsWith("_")) reply.matches = reply.matches.filter((m) => !m.startsWith("_"));
    return reply;
  }
}
