/**
 * scikit-image 0.19's `deprecate_multichannel_kwarg`: the old `multichannel` flag, given at its
 * place or by keyword, turns into `channel_axis` (-1 for true, None for false) with the
 * FutureWarning scikit-image prints.
 */
import { ValueError } from "../../errors";
import { isPlainObject } from "../../signature";
import { warn } from "./arrays";
import { KeyError } from "./errors";

/**
 * The channel axis of a call: from `multichannel` when the call gave it (positionally, as
 * argument number `position` counting the image as 0, or by keyword), else `channel_axis`.
 */
export function multichannelToAxis(args: readonly unknown[], bound: Record<string, any>, position: number, name: string): number | null {
  const last = args[args.length - 1];
  const keywords = isPlainObject(last) ? last : null;
  const positional = args.length - (keywords === null ? 0 : 1);
  if (positional > position) {
    warn(`Providing the \`multichannel\` argument positionally to ${name} is deprecated. Use the \`channel_axis\` kwarg instead.`, "FutureWarning");
    if (keywords !== null && "channel_axis" in keywords) {
      throw new ValueError("Cannot provide both a `channel_axis` kwarg and a positional `multichannel` value.");
    }
    return bound.multichannel ? -1 : null;
  }
  if (keywords !== null && "multichannel" in keywords) {
    warn(`\`multichannel\` is a deprecated argument name for \`${name}\`. It will be removed in version 1.0. Please use \`channel_axis\` instead.`, "FutureWarning");
    // scikit-image maps True and False only
    if (bound.multichannel === null) throw new KeyError("None");
    return bound.multichannel ? -1 : null;
  }
  return bound.channel_axis;
}
