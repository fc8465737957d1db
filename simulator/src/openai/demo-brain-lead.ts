// What the demo brain spots of a lead in the customer's words: a name after "meu nome é", an e-mail, a budget
// in reais, urgency. Only what is written; nothing is guessed.
import type { AgentLead } from './agent-reply.js'
import { normalise, saysAny, words } from './demo-brain-words.js'

// Words that end a name: "meu nome é ana e quero..." → "Ana".
const NOT_NAME = new Set('e eu quero queria gostaria preciso tenho sou estou moro aqui pode por favor obrigado obrigada'.split(' '))
const PARTICLES = new Set(['da', 'de', 'do', 'das', 'dos'])
const capitalised = (w: string): string => w.charAt(0).toLocaleUpperCase('pt-BR') + w.slice(1).toLocaleLowerCase('pt-BR')

/** Up to three name words after "meu nome é" / "me chamo", with "da", "de", "dos"... kept between them. */
function name(text: string): string | undefined {
  const m = text.match(/(?:meu nome (?:é|e)|me chamo|pode me chamar de)\s+([^\n.,;!?]+)/iu)
  const ws = m?.[1]?.trim().split(/\s+/) ?? []
  const isName = (w: string | undefined): w is string => !!w && !NOT_NAME.has(normalise(w)) && !PARTICLES.has(normalise(w)) && /^\p{L}[\p{L}'-]*$/u.test(w)
  const parts: string[] = []
  for (let i = 0, named = 0; i < ws.length && named < 3; i++) {
    const w = ws[i] as string
    if (named > 0 && PARTICLES.has(normalise(w)) && isName(ws[i + 1])) parts.push(normalise(w))
    else if (isName(w)) {
      parts.push(capitalised(w))
      named++
    } else break
  }
  return parts.length ? parts.join(' ') : undefined
}

const email = (text: string): string | undefined => text.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/)?.[0]

const budget = (text: string): string | undefined => text.match(/R\$\s?\d[\d.,]*(?:\s?mil)?|\b\d[\d.,]*\s?(?:reais|mil reais)\b/i)?.[0]

function urgency(text: string): string | undefined {
  if (saysAny(text, ['urgente', 'urgencia', 'hoje', 'agora', 'imediato'])) return 'alta'
  if (/\bsem pressa\b/.test(words(text).join(' '))) return 'baixa'
  return undefined
}

/** The lead fields present in the text; absent ones are left out. */
export function spotLead(text: string, interest?: string): AgentLead {
  const found: AgentLead = { name: name(text), email: email(text), interest, budget: budget(text), urgency: urgency(text) }
  return Object.fromEntries(Object.entries(found).filter(([, v]) => v !== undefined)) as AgentLead
}
