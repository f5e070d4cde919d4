/** matplotlib's `Annotation.xy`: the point an annotation (annotate, bar_label) is attached to. */
import { Text } from "./artist_api";

declare module "./artist_api" {
  interface Text {
    /** `Annotation.xy`: the annotated point in data coordinates (a plain text's position). */
    readonly xy: [number, number];
  }
}

Object.defineProperty(Text.prototype, "xy", {
  get(this: Text): [number, number] {
    const xy = this.artist.xy;
    return xy !== undefined ? [xy[0], xy[1]] : [this.artist.x, this.artist.y];
  },
  configurable: true,
});
