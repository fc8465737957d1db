/**
 * A customer's message as compared with the opt-out keywords: trimmed, lower case, accents off, punctuation and
 * spaces at either end dropped, inner spaces collapsed — "  Sair!! " and "sáir" read as "sair", and
 * "não quero sair" stays a sentence (only a message that is the keyword as a whole opts out).
 */
export function optOutKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .replace(/\s+/g, ' ');
}

/** Whether the whole text is one of the keywords. */
export function isOptOutText(text: string, keywords: readonly string[]): boolean {
  const said = optOutKey(text);
  return said !== '' && keywords.some((keyword) => optOutKey(keyword) === said);
}
