// The real `openai` SDK pointed at the fake server, as the backend will use it.
import OpenAI from 'openai'
import type { FakeOpenAi } from '../../src/index.js'

export const TEST_KEY = 'sk-test-atende-0123456789abcdef'

/** A client for the fake with the SDK's own defaults unless overridden (retries: 2, timeout: 10 min). */
export const sdkFor = (ai: FakeOpenAi, opts: ConstructorParameters<typeof OpenAI>[0] = {}): OpenAI => new OpenAI({ baseURL: ai.url, apiKey: TEST_KEY, ...opts })

export const KNOWLEDGE_PROMPT = [
  'Você é a assistente virtual da Barbearia Navalha. Responda em português, de forma breve, sobre preços e horários.',
  'Responda somente com JSON no formato pedido.',
  'Base de conhecimento:',
  'Corte masculino: R$ 50,00 (30 minutos)',
  'Barba completa: R$ 35,00',
  'Horário de funcionamento: segunda a sábado, das 9h às 19h',
  'Entrega de produtos: não fazemos entregas, só retirada na loja',
  'Endereço: Rua das Flores, 120, Centro',
  'Pagamento: Pix, cartão de crédito e débito',
].join('\n')
