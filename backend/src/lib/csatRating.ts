import { optOutKey } from './optOutKey.js';

// The words a customer may answer the CSAT question with, as optOutKey folds them (lower case, no accents):
// "Três", "tres" and "TRÊS!" all read "tres"; "uma"/"duas" as people say them too.
const WORDS: Record<string, number> = { um: 1, uma: 1, dois: 2, duas: 2, tres: 3, quatro: 4, cinco: 5 };

/** ⭐ (U+2B50) and 🌟, with or without the emoji variation selector; spaces between them allowed. */
const STARS = /^(?:\s*(?:\u2B50|\u{1F31F})\uFE0F?)+\s*$/u;

/**
 * The rating a customer's whole message gives, 1–5, or null when it is anything else: "5", "5!", " 4 ",
 * "cinco", "Três.", "⭐⭐⭐⭐" (counted). Only the message as a whole counts, so "5 estrelas, ótimo" or
 * "ótimo!" stay ordinary messages of the conversation.
 */
export function csatRating(text: string): number | null {
  if (STARS.test(text)) {
    const count = [...text.matchAll(/\u2B50|\u{1F31F}/gu)].length;
    return count >= 1 && count <= 5 ? count : null;
  }
  const said = optOutKey(text);
  if (/^[1-5]$/.test(said)) return Number(said);
  return WORDS[said] ?? null;
}
