/**
 * The words of a text as a person would compare them: lower case, accents off, punctuation dropped —
 * "Horário: 9h–18h!" reads as ["horario", "9h", "18h"].
 */
export function foldedWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
