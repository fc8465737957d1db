/**
 * Phone numbers as Atende stores them: digits only, country code first (E.164 without the "+").
 *
 * One person must be one contact, so Brazilian mobiles are brought to the 9-digit form: since 2016 every
 * Brazilian mobile has 9 digits starting with 9, but old address books, spreadsheets and even WhatsApp ids
 * of old accounts still carry the 8-digit form (55 11 8765-4321 is 55 11 98765-4321). Landlines (8 digits
 * starting 2–5) never get the 9. Other countries are kept as given: we do not know their numbering plans.
 * The database knows both forms as one person (contact_number_key, migration 0014); a message from an
 * 8-digit WhatsApp id lands on the contact typed with the 9.
 */

// Brazil's area codes (DDD), fixed by Anatel; a "55" number with any other pair is a typo.
const BRAZILIAN_DDDS = new Set([
  11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 24, 27, 28, 31, 32, 33, 34, 35, 37, 38, 41, 42, 43, 44, 45, 46, 47, 48, 49, 51, 53, 54, 55, 61, 62, 63, 64, 65,
  66, 67, 68, 69, 71, 73, 74, 75, 77, 79, 81, 82, 83, 84, 85, 86, 87, 88, 89, 91, 92, 93, 94, 95, 96, 97, 98, 99,
]);

const BRAZIL = '55';

export interface NormalizeOptions {
  /**
   * Country code assumed for numbers written without one (no "+", no "00", and shaped like a national
   * number of that country). Atende is sold in Brazil, so "(11) 98765-4321" means +55 by default.
   * Only Brazil's national shape is known; pass null to require a country code.
   */
  defaultCountry?: typeof BRAZIL | null;
}

/** The national part of a Brazilian number (DDD + subscriber) in its canonical form, or null. */
function brazilianNational(national: string): string | null {
  if (!/^\d{10,11}$/.test(national)) return null;
  if (!BRAZILIAN_DDDS.has(Number(national.slice(0, 2)))) return null;
  const subscriber = national.slice(2);
  if (subscriber.length === 9) return subscriber.startsWith('9') ? national : null;
  if (/^[6-9]/.test(subscriber)) return `${national.slice(0, 2)}9${subscriber}`; // old 8-digit mobile
  if (/^[2-5]/.test(subscriber)) return national; // landline
  return null;
}

/**
 * Normalises a typed, imported or received number. Returns null when it cannot be a phone number.
 * Accepts "+55 (11) 98765-4321", "0055 11 8765 4321", "5511987654321", "(11) 98765-4321", "011 98765-4321".
 */
export function normalizePhoneNumber(input: string, options: NormalizeOptions = {}): string | null {
  const defaultCountry = options.defaultCountry === undefined ? BRAZIL : options.defaultCountry;
  const text = input.trim();
  if (text.length === 0 || text.length > 40) return null;
  // Separators people write; anything else (letters, extensions "ramal 12") makes it not a number.
  if (!/^\+?[\d\s().\-/]+$/.test(text)) return null;
  let digits = text.replace(/\D/g, '');
  let international = text.startsWith('+');
  if (!international && digits.startsWith('00')) {
    digits = digits.slice(2); // international dialling prefix
    international = true;
  }
  if (!international && defaultCountry === BRAZIL) {
    // "011 98765-4321": the long-distance trunk 0 in front of a Brazilian national number
    const national = digits.length >= 11 && digits.length <= 12 && digits.startsWith('0') ? digits.slice(1) : digits;
    const canonical = brazilianNational(national);
    if (canonical) return BRAZIL + canonical;
  }
  if (digits.startsWith(BRAZIL) && (digits.length === 12 || digits.length === 13)) {
    const canonical = brazilianNational(digits.slice(2));
    return canonical ? BRAZIL + canonical : null;
  }
  if (digits.startsWith(BRAZIL)) return null; // a "55" number of any other length is a Brazilian typo
  // E.164: at most 15 digits; country codes never start with 0; shorter than 8 is not a subscriber number.
  if (digits.length < 8 || digits.length > 15 || digits.startsWith('0')) return null;
  return digits;
}
