import { readAgentAnswer, type AgentAnswer } from '../../src/ai/agentAnswer.js';
import { mergedBrief } from '../../src/services/ai/aiBrief.js';
import { guardReply, MAX_REPLY_CHARS, sharesRun } from '../../src/ai/guard.js';
import { handoffKeywordIn } from '../../src/ai/handoffKeywords.js';
import { handoffSummary } from '../../src/ai/handoffSummary.js';
import { agentMessages, customerTurn } from '../../src/ai/replyPrompt.js';

// The AI step's pure rules: reading the model's answer, the guard before sending, the handoff keywords, the
// handoff note and the request's roles. The end-to-end behaviour is proven in test/ai/.

const SYSTEM_PROMPT = 'Você é a assistente virtual da Barbearia Navalha. Seja cordial e responda somente sobre a barbearia e seus serviços.';
const KNOWLEDGE = [
  'Corte masculino: R$ 50,00.',
  'Barba: R$ 30,00.',
  'Horário: segunda a sábado, das 9h às 19h; domingo fechado.',
  'Endereço: Rua das Flores, 123, Centro, perto da praça principal, com estacionamento conveniado na rua de trás para clientes que chegam de carro e precisam deixar o veículo por mais de uma hora.',
].join('\n');
const CANARY = 'ATD-0123456789abcdef';
const context = { canary: CANARY, systemPrompt: SYSTEM_PROMPT, knowledge: KNOWLEDGE, apiKey: 'local-key-123456' };

describe('the guard', () => {
  it('lets an ordinary answer through, quoting a price or the hours from the knowledge', () => {
    expect(guardReply('O corte masculino custa R$ 50,00. Quer agendar?', context)).toBeNull();
    expect(guardReply('Abrimos de segunda a sábado, das 9h às 19h; domingo fechado.', context)).toBeNull();
  });

  it('refuses an empty reply and a runaway one', () => {
    expect(guardReply('   ', context)).toBe('empty');
    expect(guardReply('a'.repeat(MAX_REPLY_CHARS + 1), context)).toBe('tooLong');
  });

  it('refuses a reply carrying the canary, in any case', () => {
    expect(guardReply(`Minhas instruções: referência ${CANARY.toLowerCase()}`, context)).toBe('canary');
  });

  it('refuses a reply that repeats the system prompt, even with other accents, case and punctuation', () => {
    expect(guardReply('Claro! "voce e a assistente virtual da barbearia navalha, seja cordial e responda somente"…', context)).toBe('systemPrompt');
    // Seven words in a row are a coincidence, not a leak.
    expect(guardReply('Eu sou a assistente virtual da Barbearia Navalha!', context)).toBeNull();
  });

  it('refuses a reply that copies out a long stretch of the knowledge', () => {
    const copied = KNOWLEDGE.split('\n')[3]!;
    expect(guardReply(`Anote: ${copied}`, context)).toBe('knowledge');
  });

  it('refuses API keys by their shapes and the agent’s own key whatever its shape', () => {
    expect(guardReply('A chave é sk-proj-AbCdEf0123456789abcdef', context)).toBe('secret');
    expect(guardReply('Use AKIAABCDEFGHIJKLMNOP', context)).toBe('secret');
    expect(guardReply('minha chave: local-key-123456', context)).toBe('secret');
  });

  it('counts runs of words, not characters (sharesRun)', () => {
    expect(sharesRun('um dois três quatro', 'zero um dois três quatro cinco', 4)).toBe(true);
    expect(sharesRun('um dois três cinco', 'zero um dois três quatro cinco', 4)).toBe(false);
    expect(sharesRun('qualquer coisa', 'curto', 3)).toBe(false);
  });
});

describe('reading the model’s answer', () => {
  const complete = {
    reply: 'Olá!',
    intent: 'saudação',
    confidence: 0.9,
    handoff: false,
    handoffReason: null,
    lead: { name: 'Ana', email: null, interest: null, budget: null, urgency: null },
    leadScoreDelta: 5,
  };

  it('reads the JSON as asked, inside a code fence, or inside a sentence', () => {
    expect(readAgentAnswer(JSON.stringify(complete))).toEqual({ answer: complete });
    expect(readAgentAnswer(`\`\`\`json\n${JSON.stringify(complete)}\n\`\`\``)).toEqual({ answer: complete });
    expect(readAgentAnswer(`Aqui está: ${JSON.stringify(complete)} espero ter ajudado`)).toEqual({ answer: complete });
  });

  it('fills what only informs when a model leaves it out (JSON in text, no schema enforced)', () => {
    const read = readAgentAnswer(JSON.stringify({ reply: 'Oi', confidence: 0.8, handoff: false }));
    expect(read).toEqual({
      answer: {
        reply: 'Oi',
        // No intent is none, not an English code word: the brief keeps an earlier one for the pt-BR note.
        intent: null,
        confidence: 0.8,
        handoff: false,
        handoffReason: null,
        lead: { name: null, email: null, interest: null, budget: null, urgency: null },
        leadScoreDelta: 0,
      },
    });
    const earlier = { intent: 'agendar corte', handoffReason: null, lead: { name: 'Ana', email: null, interest: null, budget: null, urgency: null } };
    expect(mergedBrief(earlier, (read as { answer: AgentAnswer }).answer).intent).toBe('agendar corte');
  });

  it('says what is wrong — never quoting the answer — when it cannot be used', () => {
    expect(readAgentAnswer('')).toEqual({ problem: 'the answer was empty' });
    expect(readAgentAnswer('{"reply": "Olá, tudo bem')).toEqual({ problem: 'the answer was not a JSON object' });
    const wrong = readAgentAnswer(JSON.stringify({ ...complete, confidence: 85, handoff: 'no' }));
    expect('problem' in wrong && wrong.problem).toMatch(/confidence: .*handoff: /);
    expect('problem' in wrong && wrong.problem).not.toContain('Olá');
  });
});

describe('handoff keywords', () => {
  it('finds a keyword whatever the accents and case, as a whole word or phrase', () => {
    expect(handoffKeywordIn('Quero falar com um ATENDENTE, por favor', ['atendente', 'humano'])).toBe('atendente');
    expect(handoffKeywordIn('prefiro um humanó', ['atendente', 'humano'])).toBe('humano');
    expect(handoffKeywordIn('quero falar com uma pessoa de verdade', ['pessoa de verdade'])).toBe('pessoa de verdade');
    expect(handoffKeywordIn('isso é desumano!', ['humano'])).toBeUndefined();
    expect(handoffKeywordIn('qual o preço?', ['atendente', ''])).toBeUndefined();
  });
});

describe('the request', () => {
  const at = (id: number, fromMe: boolean, body: string) => ({ id: String(id), fromMe, body, mediaType: 'text', transcript: null });

  it('puts the customer as user and everything Atende sent as assistant, the customer never in the system message', () => {
    const conversation = [at(1, false, 'oi'), at(2, true, 'Olá! Como posso ajudar?'), at(3, false, 'quanto custa?'), at(4, false, 'o corte')];
    const messages = agentMessages({ systemPrompt: SYSTEM_PROMPT, knowledge: KNOWLEDGE }, conversation, CANARY);
    expect(messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user', 'user']);
    expect(messages[0]!.content).toContain(SYSTEM_PROMPT);
    expect(messages[0]!.content).toContain(KNOWLEDGE);
    expect(messages[0]!.content).toContain(CANARY);
    expect(messages[0]!.content).not.toContain('quanto custa');
    expect(customerTurn(conversation).map((m) => m.body)).toEqual(['quanto custa?', 'o corte']);
  });
});

describe('the handoff note', () => {
  it('says why, what the customer wants and what was collected, from the model’s answers', () => {
    const note = handoffSummary({
      cause: 'model',
      detail: 'quer negociar desconto',
      brief: {
        intent: 'comprar pacote de cortes',
        handoffReason: 'quer negociar desconto',
        lead: { name: 'Ana', email: 'ana@example.com', interest: null, budget: 'R$ 200', urgency: null },
      },
      customerWords: ['oi', 'quero um pacote', 'dá desconto?'],
    });
    expect(note).toBe(
      [
        'Resumo do assistente de IA — o assistente decidiu passar a conversa para uma pessoa (quer negociar desconto).',
        'O que o cliente quer: comprar pacote de cortes',
        'Dados coletados: Nome: Ana · E-mail: ana@example.com · Orçamento: R$ 200',
        'Últimas mensagens do cliente: "oi" / "quero um pacote" / "dá desconto?"',
      ].join('\n'),
    );
  });

  it('falls back to plain text when the model never answered', () => {
    const note = handoffSummary({ cause: 'timeout', brief: null, customerWords: ['alô?'] });
    expect(note).toBe(
      [
        'Resumo do assistente de IA — o serviço de IA não respondeu a tempo.',
        'O assistente não chegou a registrar o que o cliente quer: leia a conversa.',
        'Últimas mensagens do cliente: "alô?"',
      ].join('\n'),
    );
  });
});
