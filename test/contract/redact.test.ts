import { describe, expect, it } from 'vitest';
import { EMAIL_MASK, PHONE_MASK, redactPersonalDetails } from '../../src/contract/redact';

// Each case is written out in full, expected text and all: the oracle is a person reading it, not the patterns.
const E = EMAIL_MASK;
const P = PHONE_MASK;

const REDACTED: [string, string][] = [
  ['Write to jane@example.org please', `Write to ${E} please`],
  ['jane.doe+news@mail.example.co.uk', E],
  ['JANE@EXAMPLE.COM', E],
  ['o’brien@example.ie wrote this', `o’${E} wrote this`],
  ['contact: r.müller@beispiel.de', `contact: ${E}`],
  ['jane\u200b@example.com', E],
  ['jane@\u200bexample.com', E],
  ['jane\u2060@example\u00ad.com', E],
  ['jane＠example.com', E],
  ['ｊａｎｅ＠ｅｘａｍｐｌｅ．ｃｏｍ', E],
  ['mail me (jane@example.com).', `mail me (${E}).`],
  ['two: a@example.com, b@example.net', `two: ${E}, ${E}`],
  ['Call +1 202 555 0147.', `Call ${P}.`],
  ['Call (020) 7946 0958 today', `Call ${P} today`],
  ['020-7946-0958', P],
  ['07700 900123', P],
  ['+44 7700 900123', P],
  ['202.555.0147', P],
  ['2025550147', P],
  ['tel: +33 1 23 45 67 89', `tel: ${P}`],
  ['+49 (0)30 1234567', P],
  ['5551234567 is my cell', `${P} is my cell`],
  ['ring 555-1234567', `ring ${P}`],
  ['０２０ ７９４６ ０９５８', P],
  ['＋４４ ７７００ ９００１２３', P],
  ['٠٧٧٠٠ ٩٠٠١٢٣', P],
  ['۰۹۱۲ ۳۴۵ ۶۷۸۹', P],
  ['call ०९८७६ ५४३२१', `call ${P}`],
  ['0770\u200b0 900\u200b123', P],
  ['07\u200c700\u200d900123', P],
  ['phone 0\u200b2\u200b0\u200b7\u200b9\u200b4\u200b6\u200b0\u200b9\u200b5\u200b8', `phone ${P}`],
  ['Ph. 0800 123 4567 anytime', `Ph. ${P} anytime`],
  ['1-800-555-0199', P],
  ['+1-800-555-0199, or email help@example.com', `${P}, or email ${E}`],
  ['mobile:07911123456', `mobile:${P}`],
  ['(555) 123-4567', P],
  ['number is 555 123 4567!', `number is ${P}!`],
  ['first line\n+44 20 7946 0958\nlast line', `first line\n${P}\nlast line`],
  ['I’m on 0161 496 0000 after six', `I’m on ${P} after six`],
  ['Fax +41 22 730 5111', `Fax ${P}`],
  ['my number: 06 12 34 56 78', `my number: ${P}`],
  ['family 👨‍👩‍👧 and 07700 900123', `family 👨‍👩‍👧 and ${P}`],
];

const KEPT: string[] = [
  'The correction id 3f2b9a1c-1234-9830-5678-123456789abc is still pending',
  '123e4567-e89b-12d3-a456-426614174000',
  'a0000000-1111-2222-3333-444444444444',
  'See 00000000-0000-9830-0000-000000000000 in the log',
  'ISBN 978-3-16-148410-0',
  'ISBN-13: 9783161484100',
  'ISBN 0-306-40615-2',
  'isbn 978 0 306 40615 7',
  '9780306406157 is the book',
  'The book (978-1-4028-9462-6) says otherwise',
  'ref 1234567',
  'Ref: 12345678',
  'reference 2024-001234',
  'order no. 123456789',
  'Invoice #12345678',
  'ticket 98765432',
  'case 2026-0012345',
  'ISSN 0317-8471',
  'On 2026-11-23 it changed',
  'dated 23/11/2026',
  'the 2026.11.23 edition',
  'between 1990-2000',
  'from 1914 - 1918',
  'pi is 3.14159265',
  'about 12.5% of 1,234,567 voters',
  '$1,250,000 raised',
  'at 10:30 on 12 March',
  'the 123456 figure',
  'page 42, line 7',
  '7 million people',
  'room 101',
  'version 1.2.3456',
  '@broadsheet on social media',
  'email me at jane at example dot com',
  'user@localhost',
  'a @ b',
  'the score was 3-2',
  'In 1066 and 1492',
  'SKU AB-1234567-X',
  'code X-12345678',
  'part 1234567-AB',
  'it costs €99.99',
  'Sent ✓ 👍',
  'nothing personal here at all',
  '',
];

describe('redactPersonalDetails', () => {
  it('has at least 40 cases each way', () => {
    expect(REDACTED.length).toBeGreaterThanOrEqual(40);
    expect(KEPT.length).toBeGreaterThanOrEqual(40);
  });

  it.each(REDACTED)('removes the personal details in %j', (input, expected) => {
    expect(redactPersonalDetails(input)).toEqual({ text: expected, redacted: true });
  });

  it.each(KEPT)('leaves %j exactly as written', (input) => {
    expect(redactPersonalDetails(input)).toEqual({ text: input, redacted: false });
  });

  it('changes nothing but the masked spans (no normalisation leaks into the stored text)', () => {
    expect(redactPersonalDetails('ﬁne ｗｏｒｄｓ ０２０ ７９４６ ０９５８ e\u0301').text).toBe(
      `ﬁne ｗｏｒｄｓ ${P} e\u0301`,
    );
  });
});
