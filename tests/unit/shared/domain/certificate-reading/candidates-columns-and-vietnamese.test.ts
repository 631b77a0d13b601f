/**
 * Classes of misreading found on designs 496–510 (read on first sight, tuned on their
 * development part only): a title alone under the holder's line with no cue or size; "NASM CEUs
 * 1.2" with no colon; a row of bodies over a row of amounts; "Signed on behalf of"; "Candidate
 * name:"; Vietnamese certificates ("GIẤY CHỨNG NHẬN", "Chứng nhận Bà:", "ngày 15 tháng 8 năm
 * 2026"). Each test failed before the change; the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { UNSURE_BELOW } from '../../../../../shared/domain/certificate-reading/calibration';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));
const credits = (r: ReturnType<typeof text>) => r.credits.map((c) => `${c.bodyId} ${c.amount / 100}`).sort();

describe('credits', () => {
  it('"NASM CEUs 1.2 | Course ID PFE-1" with no colon', () => {
    expect(credits(text('Awarded to Ana Lima', 'NASM CEUs 1.2 | Course ID PFE-1'))).toEqual(['nasm 1.2']);
  });

  it('a row of bodies over a row of amounts (broken over lines): each body its amount, a guess', () => {
    const r = text('Approved continuing education credits', 'NASM ACE AFAA', '0.5', '0.5 5.0');
    expect(credits(r)).toEqual(['ace 0.5', 'afaa 5', 'nasm 0.5']);
    expect(Math.max(...r.credits.map((c) => c.confidence))).toBeLessThan(UNSURE_BELOW);
  });
});

describe('titles, holders and providers', () => {
  it("a title alone under the holder's line, no cue and no size: a guess", () => {
    const r = text(
      'Peak Form Education',
      'Certificate of Completion',
      'Awarded to Nicole Adams',
      'Strength Planning for Hybrid Athletes',
      'Completed 2026-09-09',
    );
    expect(r.title?.value).toBe('Strength Planning for Hybrid Athletes');
    expect(r.title!.confidence).toBeLessThan(UNSURE_BELOW);
  });

  it('"Signed on behalf of Bright Path Fitness Ltd" names the provider', () => {
    expect(
      text(
        'This certifies that',
        'Callum Reid',
        'has completed',
        'Cycling Update',
        'Signed on behalf of Bright Path Fitness Ltd',
      ).provider?.value,
    ).toBe('Bright Path Fitness Ltd');
  });

  it('"Candidate name: Maya Singh" on a card', () => {
    expect(
      text(
        'Emergency First Aid at Work',
        'Candidate name: Maya Singh',
        'Award date: 10/02/2026',
        'Expiry date: 10/02/2029',
      ).holder?.value,
    ).toBe('Maya Singh');
  });

  it('Vietnamese: the heading is no name; "Chứng nhận Bà:", "Đã hoàn thành khóa học:", "ngày 15 tháng 8 năm 2026"', () => {
    const r = text(
      'Học viện Thể hình Hà Nội',
      'GIẤY CHỨNG NHẬN',
      'Chứng nhận Bà:',
      'Trần Thị Mai',
      'Đã hoàn thành khóa học:',
      'Yoga trị liệu',
      'Hà Nội, ngày 15 tháng 8 năm 2026',
    );
    expect(r.holder?.value).toBe('Trần Thị Mai');
    expect(r.title?.value).toBe('Yoga trị liệu');
    expect(r.completedOn?.value).toBe('2026-08-15');
  });

  it('Vietnamese as OCR reads it, accents changed: "Dä hoân thânh khöa hoc:", "ngåy 15 thång 8 nám 2026"', () => {
    const r = text(
      'GIAY CHUNG NHAN',
      'Chüng nhân Bâ:',
      'Tran Thi Mai',
      'Dä hoân thânh khöa hoc:',
      'Yoga tri lieu',
      'Ha Noi, ngåy 15 thång 8 nám 2026',
    );
    expect(r.title?.value).toBe('Yoga tri lieu');
    expect(r.completedOn?.value).toBe('2026-08-15');
  });
});
