/**
 * Pillow's decompression-bomb rule, shared by the codec worker (which applies it) and imread
 * (which raises Pillow's error class for it).
 */

/** Pillow's limit (2 * Image.MAX_IMAGE_PIXELS): larger images are refused. */
export const BOMB_LIMIT = 178956970;

/** The start of the message of a refused decompression bomb, which the caller turns into its own error class. */
export const BOMB_PREFIX = "DecompressionBombError: ";

/** Refuses an image larger than Pillow would open, with Pillow's words. */
export function checkBomb(width: number | undefined, height: number | undefined): void {
  const pixels = (width ?? 0) * (height ?? 0);
  if (pixels > BOMB_LIMIT) {
    throw new Error(`${BOMB_PREFIX}Image size (${pixels} pixels) exceeds limit of ${BOMB_LIMIT} pixels, could be decompression bomb DOS attack.`);
  }
}
