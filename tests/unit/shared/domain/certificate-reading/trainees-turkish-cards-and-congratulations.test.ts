/**
 * Classes of misreading found on designs 661–675 (read on first sight, tuned on their
 * development part only): "Name of Trainee:" and "Training:" labels; "Verification code:";
 * a Turkish first-aid card (its capital İ is no "i" to a case-blind match); "Congratulations to
 * X on completing Y". Each test failed before the change (the guard says so); the values are
 * invented.
 */
import { describe, expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

describe('labels', () => {
  it('"Name of Trainee:" is the holder (not the trainer under it), "Training:" the title', () => {
    const r = text('Name of Trainee: Abena Owusu', 'Name of Trainer: Kojo Mensah', 'Training: Circuit Leadership');
    expect([r.holder?.value, r.title?.value]).toEqual(['Abena Owusu', 'Circuit Leadership']);
  });

  it('guard (passed before): "Training Site:" is no title', () => {
    expect(text('Holder: Ana Lima', 'Training Site: Coastal CPR').title?.value).not.toBe('Coastal CPR');
  });

  it('"Verification code: 7H3K-9P2Q" is the code', () => {
    expect(text('Course: Cuff Training', 'Scan to verify · Verification code: 7H3K-9P2Q').code?.value).toBe(
      '7H3K-9P2Q',
    );
  });
});

describe('cards and sentences', () => {
  it('Turkish: "İlk Yardım", "Adı Soyadı", "Veriliş Tarihi", "Geçerlilik"', () => {
    const r = text(
      'İzmir İlk Yardım Merkezi',
      'İlk Yardım Sertifikası',
      'Adı Soyadı: Ayşe Kaya',
      'Veriliş Tarihi: 12.05.2026',
      'Geçerlilik: 12.05.2029',
    );
    expect([r.kind, r.holder?.value, r.completedOn?.value, r.expiresOn?.value]).toEqual([
      'card',
      'Ayşe Kaya',
      '2026-05-12',
      '2029-05-12',
    ]);
  });

  it('the same card as OCR reads it, its dotless ı as i and its ş as s ("Adi Soyadi", "Verilis Tarihi")', () => {
    const r = text(
      'ilk Yardim Sertifikasi',
      'Adi Soyadi: Ayse Kaya',
      'Verilis Tarihi: 12.05.2026',
      'Gecerlilik: 12.05.2029',
    );
    expect([r.kind, r.holder?.value, r.expiresOn?.value]).toEqual(['card', 'Ayse Kaya', '2029-05-12']);
  });

  it('"Congratulations to X on completing Y on <date>": the holder is X, the title Y', () => {
    const r = text('Congratulations to Priya Nair on completing Heart Rate Coaching on 2026-07-30.');
    expect([r.holder?.value, r.title?.value]).toEqual(['Priya Nair', 'Heart Rate Coaching']);
  });
});
