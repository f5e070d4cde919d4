/** A host axes' spec with its twins' layers drawn over it: the shared axis' scale merged, the other independent. */
import type { Json } from "./marks";

export function overlayTwins(host: Json, twins: ["x" | "y", Json][]): Json {
  const { layer, resolve, title, ...view } = host;
  const part = (spec: Json): Json => (spec.resolve ? { layer: spec.layer, resolve: spec.resolve } : { layer: spec.layer });
  const out: Json = { ...view };
  const twinTitle = twins.map(([, t]) => t.title).find((t) => t !== undefined);
  if (title !== undefined || twinTitle !== undefined) out.title = title ?? twinTitle;
  // the shared axis is the host's: its title and ticks
  for (const [shared, t] of twins) useAxis(t.layer as Json[], shared, axisOf(layer as Json[], shared));
  out.layer = [part({ layer, resolve }), ...twins.map(([, t]) => part(t))];
  const own: Json = {};
  for (const [shared] of twins) own[shared === "x" ? "y" : "x"] = "independent";
  out.resolve = { scale: { ...own }, axis: { ...own } };
  return out;
}

/** The first axis definition of an encoding channel in the layers. */
function axisOf(layers: Json[], which: "x" | "y"): unknown {
  for (const l of layers) {
    const axis = ((l.encoding as Json | undefined)?.[which] as Json | undefined)?.axis;
    if (axis !== undefined) return axis;
  }
  return undefined;
}

function useAxis(layers: Json[], which: "x" | "y", axis: unknown): void {
  for (const l of layers) {
    const enc = l.encoding as Json | undefined;
    if (enc?.[which]) enc[which] = { ...(enc[which] as Json), axis };
    if (Array.isArray(l.layer)) useAxis(l.layer as Json[], which, axis);
  }
}
