import { foldedWords } from '../lib/foldedWords.js';

// "Quero falar com um atendente": the agent's handoff keywords, found in what the customer wrote whatever the
// accents and case ("ATENDENTE", "humanó"), as whole words or phrases — "humano" must not fire inside
// "desumano".

const folded = (text: string) => ` ${foldedWords(text).join(' ')} `;

/** The first of `keywords` the text mentions, or undefined. */
export function handoffKeywordIn(text: string, keywords: readonly string[]): string | undefined {
  const said = folded(text);
  return keywords.find((keyword) => {
    const wanted = folded(keyword);
    return wanted.trim() !== '' && said.includes(wanted);
  });
}
