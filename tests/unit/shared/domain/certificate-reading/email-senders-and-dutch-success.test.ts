/**
 * Classes of misreading found on designs 1036–1050 (read on first sight, tuned on their
 * development part only): an e-mail's sender names the one-word brand printed under its header
 * ("From: certificates@fitcademy.example" over "Fitcademy"); Dutch "heeft met goed gevolg
 * deelgenomen aan de cursus X". Each test failed before the change, except the guard; the values
 * are invented.
 */
import { describe, expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

describe('e-mails', () => {
  it('"From: …@trainloop.example" names "Trainloop", a one-word brand under the header', () => {
    const r = text(
      'From: hello@trainloop.example',
      'Subject: Your certificate is ready',
      'Trainloop',
      'Hi Oskar Brandt,',
      'You completed Hip Hinge Coaching on 2026-10-19. This activity is worth 0.1 NASM CEU.',
    );
    expect(r.provider?.value).toBe('Trainloop');
  });

  it('guard: a one-word line that is not the sender is still no provider (passed before)', () => {
    const r = text(
      'From: hello@trainloop.example',
      'Subject: Your certificate is ready',
      'Congratulations',
      'Hi Oskar Brandt,',
      'You completed Hip Hinge Coaching on 2026-10-19.',
    );
    expect(r.provider).toBeUndefined();
  });
});

describe('titles', () => {
  it('Dutch "heeft met goed gevolg deelgenomen aan de cursus X"', () => {
    const r = text(
      'Sportschool Opleidingen Zwolle',
      'Certificaat',
      'Daan Jansen',
      'heeft met goed gevolg deelgenomen aan de cursus Mobiliteit voor Lopers',
      'Datum: 23-05-2026',
    );
    expect(r.title?.value).toBe('Mobiliteit voor Lopers');
  });
});
