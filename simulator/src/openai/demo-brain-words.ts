// Words for the demo brain: Portuguese text reduced to comparable keywords (no accents, a 5-letter stem, a few
// synonyms), the knowledge lines found in the system message, and the line that best matches a question.

export const normalise = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

export const words = (text: string): string[] => normalise(text).match(/[\p{L}\p{N}]+/gu) ?? []

const STOPWORDS = new Set(
  (
    'a o as os um uma uns umas de do da dos das no na nos nas em por para pra com sem que qual quais ' +
    'e ou se me te lhe eu voce voces ele ela nos vcs vc tem ter sao ser esta estao como mais muito pouco sobre ' +
    'meu minha seu sua favor gostaria queria saber quero pode poderia ola oi bom boa dia tarde noite obrigado obrigada'
  ).split(' '),
)

// Ways customers ask about the same topic as the knowledge's own word.
const SYNONYMS: Record<string, string> = {
  quanto: 'preco',
  custa: 'preco',
  custo: 'preco',
  valor: 'preco',
  valores: 'preco',
  cobram: 'preco',
  precos: 'preco',
  abre: 'horario',
  abrem: 'horario',
  fecha: 'horario',
  fecham: 'horario',
  aberto: 'horario',
  aberta: 'horario',
  funcionamento: 'horario',
  frete: 'entrega',
  envio: 'entrega',
  enviam: 'entrega',
  entregam: 'entrega',
  delivery: 'entrega',
  endereco: 'localizacao',
  onde: 'localizacao',
  fica: 'localizacao',
  local: 'localizacao',
  pix: 'pagamento',
  cartao: 'pagamento',
  boleto: 'pagamento',
  pagar: 'pagamento',
  parcela: 'pagamento',
  parcelar: 'pagamento',
}

/** The comparable keywords of a text: stopwords dropped, synonyms mapped, cut to 5 letters ("preços" = "preço"). */
export function keywords(text: string): Set<string> {
  const out = new Set<string>()
  for (const w of words(text)) {
    if (w.length < 3 || STOPWORDS.has(w)) continue
    out.add((SYNONYMS[w] ?? w).slice(0, 5))
  }
  return out
}

/**
 * The knowledge lines of a system message: the lines after a line naming the knowledge ("conhecimento",
 * "knowledge", "FAQ", also as a tag like `<knowledge>`) up to a closing tag, or every line when none names it.
 */
export function knowledgeLines(system: string): string[] {
  const lines = system.split('\n').map(l => l.trim())
  const start = lines.findIndex(l => /conhecimento|knowledge|\bfaq\b/i.test(l))
  const body = start < 0 ? lines : lines.slice(start + 1)
  const end = body.findIndex(l => /^<\/[\w-]+>$/.test(l))
  return (end < 0 ? body : body.slice(0, end)).filter(l => /[\p{L}\p{N}]/u.test(l) && !/^<\/?[\w-]+>$/.test(l))
}

/** The line sharing the most keywords with the question (the first one on a tie), or undefined when none shares any. */
export function bestLine(lines: string[], question: string): string | undefined {
  const asked = keywords(question)
  let best: { line: string; score: number } | undefined
  for (const line of lines) {
    const score = [...keywords(line)].filter(k => asked.has(k)).length
    if (score > 0 && (!best || score > best.score)) best = { line, score }
  }
  return best?.line
}

/** True when one of `list` appears as a whole word of the text (accents and case ignored). */
export const saysAny = (text: string, list: readonly string[]): boolean => {
  const ws = ` ${words(text).join(' ')} `
  return list.some(w => ws.includes(` ${normalise(w)} `))
}
