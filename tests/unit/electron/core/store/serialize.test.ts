/**
 * db.json is written in ASCII (other characters as \u escapes) from each record's kept JSON: the
 * same value as JSON.stringify, whatever the text holds, and a changed record is written anew.
 */
import { isAscii } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyDocument, serializeDocument } from '../../../../../electron/core/store/document';
import { activity } from '../../../shared/domain/fixtures';

const doc = (titles: string[], name = 'Zoë Müller-Łukasik') => ({
  ...emptyDocument(),
  profile: { name, email: '' },
  activities: titles.map((t, i) => ({ ...activity(`a${i}`, '2026-01-01', []), title: t })),
});

describe('serializeDocument', () => {
  it('is the value JSON.stringify writes, in ASCII, for any text (accents, CJK, emoji, lone surrogates)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary' }), { maxLength: 5 }),
        fc.string({ unit: 'binary' }),
        (titles, name) => {
          const d = doc(titles, name);
          const text = serializeDocument(d);
          expect(isAscii(Buffer.from(text, 'utf8'))).toBe(true);
          expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(d)));
        },
      ),
    );
    expect(
      serializeDocument(doc(['Łódź 🏋️ 東京'])).includes('\\u0141\\u00f3d\\u017a \\ud83c\\udfcb\\ufe0f \\u6771\\u4eac'),
    ).toBe(true);
  });

  it('writes a changed record anew, and the unchanged ones as they were', () => {
    const before = doc(['First course', 'Second course']);
    serializeDocument(before);
    const changed = { ...before, activities: [before.activities[0]!, { ...before.activities[1]!, title: 'Renamed' }] };
    const text = serializeDocument(changed);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(changed)));
    expect(text).toContain('"title":"Renamed"');
    expect(text).not.toContain('Second course');
  });
});
