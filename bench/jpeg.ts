/**
 * Photos up to the pixel cap: each of 12, 30 and 39.9 megapixels in 4:2:0, 4:2:2 and 4:4:4,
 * baseline and progressive, through the same check an attach runs (accepted or not, the time, the
 * decoder's memory budget, and the process's peak memory), and a 48 MP photo refused from its
 * header. Also how long the host's event loop was held while the largest decoded (it decodes in a
 * worker: the longest gap between timer ticks meanwhile). Targets: every one accepted; the
 * refusal under 500 ms; the event loop never held for more than 100 ms.
 */
import { checkCertificateContent } from '../electron/core/files/intake';
import { jpegDecodeBudgetMB, jpegFrame } from '../electron/core/files/jpeg-frame';
import { flatJpeg, type Subsampling } from '../tests/fixtures/flat-jpeg';

/** The check an attach runs on `bytes`: whether it accepted them, and how long it took. */
async function timedCheck(bytes: Uint8Array): Promise<{ accepted: boolean; ms: number }> {
  const start = performance.now();
  const accepted = await checkCertificateContent(bytes, 'image/jpeg').then(
    () => true,
    () => false,
  );
  return { accepted, ms: performance.now() - start };
}

const SIZES = [
  [4000, 3000],
  [6325, 4743],
  [7300, 5465],
] as const;

export async function benchJpeg(): Promise<void> {
  for (const [width, height] of SIZES)
    for (const subsampling of ['4:2:0', '4:2:2', '4:4:4'] as Subsampling[])
      for (const progressive of [false, true]) {
        const bytes = flatJpeg(width, height, subsampling, progressive);
        // The longest gap between ticks of a 10 ms timer while it decodes: how long the host waited.
        let last = performance.now();
        let held = 0;
        const timer = setInterval(() => {
          const now = performance.now();
          held = Math.max(held, now - last);
          last = now;
        }, 10);
        const { accepted, ms } = await timedCheck(bytes);
        clearInterval(timer);
        console.log(
          JSON.stringify({
            figure: 'jpeg.check',
            megapixels: Number(((width * height) / 1e6).toFixed(1)),
            subsampling,
            mode: progressive ? 'progressive' : 'baseline',
            accepted,
            ms: Math.round(ms),
            budget_mb: jpegDecodeBudgetMB(jpegFrame(bytes)!),
            event_loop_held_ms: Math.round(held),
            rss_mb: Math.round(process.memoryUsage().rss / 1024 / 1024),
            target: 'accepted; event loop held ≤ 100 ms',
          }),
        );
      }
  const over = await timedCheck(flatJpeg(8000, 6000, '4:2:0'));
  console.log(
    JSON.stringify({
      figure: 'jpeg.over-cap',
      megapixels: 48,
      refused: !over.accepted,
      ms: Math.round(over.ms),
      target_ms: 500,
    }),
  );
}
