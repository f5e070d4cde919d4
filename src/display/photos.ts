/**
 * Photos in a figure's spec as JPEG: imshow puts its pixels in the spec as a PNG data URL, which
 * for a photograph is about a megabyte. Image URLs whose PNG is larger than PHOTO_BYTES are
 * re-encoded as JPEG (vega draws either); small images (colormapped arrays, icons) stay
 * lossless PNG.
 */

/** A PNG data URL at least this large (decoded bytes) is taken for a photo. */
export const PHOTO_BYTES = 96 * 1024;

const PNG_URL = "data:image/png;base64,";

/** True for an RGBA PNG (IHDR color type 6): marks drawn over the axes (a large scatter), not a photo. */
function hasAlpha(url: string): boolean {
  const head = Buffer.from(url.slice(PNG_URL.length, PNG_URL.length + 36), "base64");
  return head.length > 25 && head[25] === 6;
}

/** The spec with photo URLs made JPEG, and how many were. The input spec is not changed. */
export async function withJpegPhotos(spec: object, toJpeg: (png: Buffer) => Promise<Buffer>): Promise<{ spec: object; photos: number }> {
  let photos = 0;
  const visit = async (value: unknown): Promise<unknown> => {
    if (typeof value === "string") {
      if (!value.startsWith(PNG_URL) || (value.length - PNG_URL.length) * 0.75 < PHOTO_BYTES || hasAlpha(value)) return value;
      photos++;
      const jpeg = await toJpeg(Buffer.from(value.slice(PNG_URL.length), "base64"));
      return "data:image/jpeg;base64," + jpeg.toString("base64");
    }
    if (Array.isArray(value)) return Promise.all(value.map(visit));
    if (value !== null && typeof value === "object") {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = await visit(v);
      return out;
    }
    return value;
  };
  const converted = (await visit(spec)) as object;
  return { spec: converted, photos };
}
