/**
 * A JPEG's size, sample precision and colour components from its frame header (SOFn), read before anything is
 * decoded; null when there is no frame header before the image data.
 */
export function jpegFrame(
  bytes: Uint8Array,
): { width: number; height: number; precision: number; components: number } | null {
  let pos = 2; // after SOI
  while (pos + 9 < bytes.length) {
    if (bytes[pos] !== 0xff) return null;
    const marker = bytes[pos + 1] as number;
    if (marker === 0xff) {
      pos += 1; // fill byte
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end of image, or the scan before any frame
    const length = ((bytes[pos + 2] as number) << 8) | (bytes[pos + 3] as number);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame)
      return {
        precision: bytes[pos + 4] as number,
        height: ((bytes[pos + 5] as number) << 8) | (bytes[pos + 6] as number),
        width: ((bytes[pos + 7] as number) << 8) | (bytes[pos + 8] as number),
        components: (bytes[pos + 9] as number) ?? 0,
      };
    if (length < 2) return null;
    pos += 2 + length;
  }
  return null;
}
