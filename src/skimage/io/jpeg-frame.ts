/** The frame header (SOFn) of a JPEG file: what the decoded image will be, before decoding it. */

export interface JpegFrame {
  /** Bits per sample (8 for almost every JPEG). */
  precision: number;
  height: number;
  width: number;
  /** Colour components: 1 gray, 3 YCbCr/RGB, 4 CMYK. */
  components: number;
}

/**
 * The frame header of a baseline or progressive JPEG, or null when the bytes are not a JPEG or
 * the header is not found where expected (within the first 64 segments, before the first scan).
 */
export function jpegFrame(bytes: Uint8Array): JpegFrame | null {
  if (bytes.length < 3 || bytes[0] !== 0xff || bytes[1] !== 0xd8 || bytes[2] !== 0xff) return null;
  const u16 = (at: number) => (bytes[at] << 8) | bytes[at + 1];
  let pos = 2;
  for (let segments = 0; segments < 64; segments++) {
    if (pos + 4 > bytes.length || bytes[pos] !== 0xff) return null;
    const marker = bytes[pos + 1];
    if (marker === 0xff) {
      pos += 1; // fill byte
      continue;
    }
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) {
      if (pos + 10 > bytes.length) return null;
      return { precision: bytes[pos + 4], height: u16(pos + 5), width: u16(pos + 7), components: bytes[pos + 9] };
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end of image / scan before a frame header
    pos += 2 + u16(pos + 2);
  }
  return null;
}
