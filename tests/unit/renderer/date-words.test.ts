import { describe, expect, it } from 'vitest';
import { exampleDate, inFieldFormat } from '../../../renderer/src/model/date-words';

describe('date messages in the field’s own format', () => {
  it('says a bad date as the form shows dates, with an example to copy', () => {
    expect(exampleDate('en-US')).toBe('03/10/2026');
    expect(exampleDate('de-DE')).toBe('10.03.2026');
    expect(
      inFieldFormat('Completion date: "152025-12-06" is not a date written as YYYY-MM-DD (e.g. 2026-03-10).', 'en-US'),
    ).toBe('Completion date: enter a real date, such as 03/10/2026.');
    expect(
      inFieldFormat('Expiry date: "2026-02-30" is not a real date. Use the form YYYY-MM-DD, e.g. 2026-03-10.', 'en-GB'),
    ).toBe('Expiry date: enter a real date, such as 10/03/2026.');
    expect(inFieldFormat('Certification date is required, as a date (YYYY-MM-DD).', 'en-US')).toBe(
      'Certification date is required: enter a date such as 03/10/2026.',
    );
  });

  it('leaves every other message as it is', () => {
    expect(inFieldFormat('Title is required.')).toBe('Title is required.');
    expect(inFieldFormat('Contact hours must be a number such as 1.5.')).toBe(
      'Contact hours must be a number such as 1.5.',
    );
  });
});
