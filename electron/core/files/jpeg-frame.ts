/**
 * A JPEG's size, sample precision and colour components from its frame header (SOFn), read before anything is
 * decoded; null when there is no frame header before the image data.
 */
export interface JpegFrame {
  width: number;
  height: number;
  precision: number;
  components: number;
  /** Each component's sampling factors (2 × 2 for the luma of a 4:2:0 photo, 1 × 1 for its chroma). */
  sampling: { h: number; v: number }[];
}

export function jpegFrame(bytes: Uint8Array): JpegFrame | null {
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
    if (isFrame) {
      const components = (bytes[pos + 9] as number) ?? 0;
      const sampling = Array.from({ length: components }, (_, i) => {
        const factors = bytes[pos + 11 + i * 3] ?? 0x11;
        return { h: Math.max(1, factors >> 4), v: Math.max(1, factors & 0x0f) };
      });
      return {
        precision: bytes[pos + 4] as number,
        height: ((bytes[pos + 5] as number) << 8) | (bytes[pos + 6] as number),
        width: ((bytes[pos + 7] as number) << 8) | (bytes[pos + 8] as number),
        components,
        sampling,
      };
    }
    if (length < 2) return null;
    pos += 2 + length;
  }
  return null;
}

/**
 * The memory (MB) decoding this frame takes, as the decoder counts it: each component's
 * coefficient blocks (256 bytes per 8×8 block, padded to whole MCUs) and its sample lines, the
 * colour data, and the RGBA image; a tenth more and 16 MB to spare. Sized from the frame itself,
 * so a 4:4:4 photo (which takes about half as much again as a 4:2:0 one) is never refused for it.
 */
export function jpegDecodeBudgetMB(frame: Pick<JpegFrame, 'width' | 'height' | 'sampling'>): number {
  const { width, height, sampling } = frame;
  const maxH = Math.max(1, ...sampling.map((s) => s.h));
  const maxV = Math.max(1, ...sampling.map((s) => s.v));
  const mcusX = Math.ceil(width / 8 / maxH);
  const mcusY = Math.ceil(height / 8 / maxV);
  let bytes = width * height * (sampling.length + 4);
  for (const s of sampling) {
    bytes += mcusX * s.h * mcusY * s.v * 256;
    const blocksPerLine = Math.ceil((Math.ceil(width / 8) * s.h) / maxH);
    const blocksPerColumn = Math.ceil((Math.ceil(height / 8) * s.v) / maxV);
    bytes += blocksPerLine * blocksPerColumn * 64;
  }
  return Math.ceil((bytes * 1.1) / 1024 / 1024) + 16;
}
