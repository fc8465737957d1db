import type { ContactCard } from '@atende/contract';

// vCard folds long lines with a leading space or tab (RFC 6350 §3.2); unfold before reading properties.
const unfold = (vcard: string) => vcard.replace(/\r?\n[ \t]/g, '');

/** Reads FN and TEL (preferring WhatsApp's `waid`, the number without formatting) from a vCard. */
export function parseVcard(vcard: string | null | undefined, fallbackName: string | null | undefined): ContactCard {
  let name = fallbackName?.trim() ?? '';
  const numbers: string[] = [];
  for (const line of unfold(vcard ?? '').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const params = line.slice(0, colon).split(';');
    const property = params[0]!.replace(/^item\d+\./i, '').toUpperCase();
    const value = line.slice(colon + 1).trim();
    if (property === 'FN' && !name) name = value;
    if (property !== 'TEL') continue;
    const waid = params.find((p) => /^waid=/i.test(p))?.slice(5);
    const number = (waid ?? value).replace(/[^\d+]/g, '');
    if (number && !numbers.includes(number)) numbers.push(number);
  }
  return { name: name.slice(0, 120), numbers: numbers.slice(0, 20) };
}
