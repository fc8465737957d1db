// Avatars show what a person sees as characters (graphemes), never half of one: "Ana 🌻" must not end in a
// lone surrogate, and "Érica" written as E + combining accent keeps its accent.
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

const firstGrapheme = (text: string): string => graphemes.segment(text)[Symbol.iterator]().next().value?.segment ?? '';

/** A word that can give an initial: it starts with a letter or a digit (not an emoji, a dash, a quote…). */
const SPELLED = /^[\p{L}\p{N}]/u;

/**
 * Avatar text when there is no photo: "Maria da Silva" → "MS", "Ana 🌻" → "A", "🌻 Flores" → "F".
 * A name with no word to take an initial from (only emoji, "🌻🌻" or "👨‍👩‍👧") shows its first emoji whole,
 * which says more than a "?"; an empty name shows "?".
 */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const spelled = words.filter((word) => SPELLED.test(word));
  if (spelled.length === 0) return firstGrapheme(words[0] ?? '') || '?';
  const first = firstGrapheme(spelled[0]!);
  const last = spelled.length > 1 ? firstGrapheme(spelled[spelled.length - 1]!) : '';
  return `${first}${last}`.toUpperCase();
}
