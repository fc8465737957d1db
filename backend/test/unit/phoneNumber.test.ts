import { normalizePhoneNumber } from '../../src/lib/phoneNumber.js';

describe('normalizePhoneNumber', () => {
  it.each([
    ['+55 11 98765-4321', '5511987654321'],
    ['5511987654321', '5511987654321'],
    ['+55 (11) 98765-4321', '5511987654321'],
    ['55 11 8765-4321', '5511987654321'], // old 8-digit mobile: the ninth digit is added
    ['+55 11 8765-4321', '5511987654321'],
    ['551187654321', '5511987654321'],
    ['0055 11 98765 4321', '5511987654321'],
    ['(11) 98765-4321', '5511987654321'], // national form: Brazil assumed
    ['(11) 8765-4321', '5511987654321'],
    ['011 98765-4321', '5511987654321'], // long-distance trunk 0
    ['21.99876.5432', '5521998765432'],
    ['+55 92 6123-4567', '5592961234567'], // mobiles once started 6–9 in every DDD
    [' +55 11 3456-7890 ', '551134567890'], // landline: no ninth digit
    ['(11) 3456-7890', '551134567890'],
    ['+55 48 2345-6789', '554823456789'],
    ['+1 (415) 555-2671', '14155552671'], // other countries: digits as given
    ['14155552671', '14155552671'],
    ['+44 7911 123456', '447911123456'],
    ['+351 912 345 678', '351912345678'],
    ['+54 9 11 2345-6789', '5491123456789'],
    ['00351912345678', '351912345678'],
  ])('%s → %s', (input, expected) => {
    expect(normalizePhoneNumber(input)).toBe(expected);
  });

  it.each([
    [''],
    ['   '],
    ['abc'],
    ['11 98765-4321 ramal 2'],
    ['+55 11 88765-4321'], // nine digits that do not start with 9
    ['+55 10 98765-4321'], // DDD 10 does not exist
    ['+55 11 1765-4321'], // subscriber cannot start with 1
    ['+55 11 987654'], // too short for Brazil
    ['+55 11 98765-43210'], // too long for Brazil
    ['1234567'], // shorter than any subscriber number
    ['+1234567890123456'], // longer than E.164 allows
    ['+0 11 2345 6789'], // country codes never start with 0
    ['+55 11 98765-4321; DROP TABLE'],
    ['9'.repeat(41)],
  ])('refuses %j', (input) => {
    expect(normalizePhoneNumber(input)).toBeNull();
  });

  it('one person is one number whichever way it was written', () => {
    const forms = ['55 11 8765-4321', '55 11 98765-4321', '+5511987654321', '(11) 8765-4321', '011987654321'];
    expect(new Set(forms.map((f) => normalizePhoneNumber(f))).size).toBe(1);
  });

  it('without a default country, national forms are not guessed', () => {
    expect(normalizePhoneNumber('(11) 98765-4321', { defaultCountry: null })).toBe('11987654321');
    expect(normalizePhoneNumber('11 8765-4321', { defaultCountry: null })).toBe('1187654321');
    expect(normalizePhoneNumber('5511 8765-4321', { defaultCountry: null })).toBe('5511987654321');
  });
});
