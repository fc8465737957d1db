import { configure, screen, waitFor, within } from '@testing-library/react';
import { session } from '../api/session';
import { apiError, deferred, installFetch, reply, type FakeReply, type FakeRoute } from '../test/fakeFetch';
import { fakeIo } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';
import { makeAiAgent } from './aiAgentFixtures';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));
configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(60_000);

const admin = makeUser({ name: 'Ana Admin', profile: 'admin' });
const agent = makeAiAgent({ id: 6, name: 'Ana da Padaria', model: 'gpt-4o-mini', baseUrl: 'https://api.openai.com/v1' });

beforeEach(async () => {
  await resetAppState();
  session.set({ accessToken: 'token-1', user: admin });
});

async function openTest(routes: Record<string, FakeRoute>, tested = agent) {
  const net = installFetch({ 'GET /api/ai-agents': () => reply(200, { aiAgents: [tested] }), ...routes });
  const { user } = renderApp('/ai-agents');
  await user.click(await screen.findByRole('button', { name: `Testar ${tested.name}` }));
  const dialog = await screen.findByRole('dialog', { name: `Testar ${tested.name}` });
  return { net, user, dialog };
}

describe('Trying an AI agent', () => {
  it('chats with the agent: a progress line while it thinks, its reply with the tokens it cost, the whole conversation sent each time', async () => {
    const answers = [deferred<FakeReply>(), deferred<FakeReply>()];
    const { net, user, dialog } = await openTest({
      'POST /api/ai-agents/6/test': () => answers[net.calls('POST', '/api/ai-agents/6/test').length - 1]!.promise,
    });
    const log = within(dialog).getByRole('log', { name: 'Conversa de teste' });
    expect(log).toHaveTextContent('Experimente, por exemplo: “Qual o horário de vocês?”');

    const box = within(dialog).getByRole('textbox', { name: 'Mensagem' });
    await user.type(box, 'Vocês abrem sábado?{Enter}');
    expect(within(log).getByText('Vocês abrem sábado?')).toBeInTheDocument();
    expect(within(log).getByRole('status')).toHaveTextContent('Ana da Padaria está escrevendo…');
    expect(within(dialog).getByRole('button', { name: 'Enviar' })).toBeDisabled();
    expect(box).toHaveValue('');

    answers[0]!.resolve(
      reply(200, {
        reply: 'Sim! Das 7h às 13h.',
        usage: { promptTokens: 1234, completionTokens: 35 },
        intent: 'horário de sábado',
        confidence: 0.93,
        handoff: null,
      }),
    );
    expect(await within(log).findByText('Sim! Das 7h às 13h.')).toBeInTheDocument();
    expect(within(log).queryByRole('status')).not.toBeInTheDocument();
    expect(within(log).getByText('1.234 tokens de entrada · 35 de saída')).toBeInTheDocument();
    // What the model understood; a reply a customer would get says nothing of a handoff.
    expect(within(log).getByText('Entendeu: horário de sábado · confiança 93%')).toBeInTheDocument();
    expect(within(log).queryByText(/Passaria para uma pessoa/)).not.toBeInTheDocument();

    await user.type(box, 'E domingo?');
    await user.click(within(dialog).getByRole('button', { name: 'Enviar' }));
    answers[1]!.resolve(
      reply(200, { reply: 'Domingo fechamos.', usage: { promptTokens: 1300, completionTokens: 5 }, intent: 'domingo', confidence: 0.9, handoff: null }),
    );
    expect(await within(log).findByText('Domingo fechamos.')).toBeInTheDocument();
    expect(within(dialog).getByText('Total nesta conversa: 2.574 tokens')).toBeInTheDocument();
    expect(net.calls('POST', '/api/ai-agents/6/test').map((r) => r.body)).toEqual([
      { messages: [{ role: 'user', content: 'Vocês abrem sábado?' }] },
      {
        messages: [
          { role: 'user', content: 'Vocês abrem sábado?' },
          { role: 'assistant', content: 'Sim! Das 7h às 13h.' },
          { role: 'user', content: 'E domingo?' },
        ],
      },
    ]);

    await user.click(within(dialog).getByRole('button', { name: 'Limpar conversa' }));
    expect(within(log).queryByText('Domingo fechamos.')).not.toBeInTheDocument();
  });

  it('says when a person would take over instead, and why; an answer without a reply is not sent back as the agent’s', async () => {
    const answers: FakeReply[] = [
      reply(200, {
        reply: 'Vou chamar alguém da equipe.',
        usage: { promptTokens: 300, completionTokens: 20 },
        intent: 'reclamação do corte',
        confidence: 0.8,
        handoff: { cause: 'model', detail: 'cliente irritado' },
      }),
      reply(200, {
        reply: '',
        usage: { promptTokens: 0, completionTokens: 0 },
        intent: null,
        confidence: null,
        handoff: { cause: 'keyword', detail: 'atendente' },
      }),
      reply(200, {
        reply: 'Talvez?',
        usage: { promptTokens: 310, completionTokens: 3 },
        intent: 'desconto',
        confidence: 0.41,
        handoff: { cause: 'lowConfidence', detail: '0.41' },
      }),
    ];
    const { net, user, dialog } = await openTest({ 'POST /api/ai-agents/6/test': () => answers[net.calls('POST', '/api/ai-agents/6/test').length - 1]! });
    const log = within(dialog).getByRole('log', { name: 'Conversa de teste' });
    const box = within(dialog).getByRole('textbox', { name: 'Mensagem' });

    await user.type(box, 'O corte ficou horrível!{Enter}');
    expect(await within(log).findByText('Passaria para uma pessoa: o assistente pediu — cliente irritado')).toBeInTheDocument();
    expect(within(log).getByText('Entendeu: reclamação do corte · confiança 80%')).toBeInTheDocument();

    await user.type(box, 'Quero um atendente{Enter}');
    expect(
      await within(log).findByText('Passaria para uma pessoa: o cliente escreveu “atendente”, uma palavra de transferência (a IA nem é consultada)'),
    ).toBeInTheDocument();
    expect(within(log).getByText('(nenhuma resposta ao cliente)')).toBeInTheDocument();

    await user.type(box, 'Tem desconto?{Enter}');
    expect(await within(log).findByText('Passaria para uma pessoa: a confiança ficou abaixo do mínimo do agente')).toBeInTheDocument();
    expect(net.calls('POST', '/api/ai-agents/6/test').at(-1)!.body).toEqual({
      messages: [
        { role: 'user', content: 'O corte ficou horrível!' },
        { role: 'assistant', content: 'Vou chamar alguém da equipe.' },
        { role: 'user', content: 'Quero um atendente' },
        { role: 'user', content: 'Tem desconto?' },
      ],
    });
  });

  it.each([
    ['ERR_AI_AUTH', apiError(502, 'ERR_AI_AUTH', { providerStatus: 401 }), 'O provedor de IA recusou a chave da API. Confira a chave salva no agente.'],
    ['ERR_AI_TIMEOUT', apiError(504, 'ERR_AI_TIMEOUT'), 'O servidor de IA demorou demais para responder. Tente de novo ou use um modelo mais rápido.'],
    [
      'ERR_AI_ENDPOINT (unreachable)',
      apiError(502, 'ERR_AI_ENDPOINT', { reason: 'unreachable' }),
      'Não foi possível conectar a api.openai.com. Confira a URL base e se o servidor está no ar.',
    ],
    [
      'ERR_AI_ENDPOINT (unknown model)',
      apiError(502, 'ERR_AI_ENDPOINT', { providerStatus: 404, providerCode: 'model_not_found' }),
      'O servidor não encontrou o modelo gpt-4o-mini ou o endereço. Confira o nome do modelo e se a URL base termina em /v1.',
    ],
    [
      'ERR_AI_ENDPOINT (status)',
      apiError(502, 'ERR_AI_ENDPOINT', { providerStatus: 500 }),
      'O servidor de IA respondeu com o erro 500. Tente de novo em instantes.',
    ],
  ])('says what went wrong on %s and gives the message back to send again', async (_name, failure, text) => {
    let fails = true;
    const { user, dialog } = await openTest({
      'POST /api/ai-agents/6/test': () => (fails ? failure : reply(200, { reply: 'Oi! Como posso ajudar?', usage: { promptTokens: 10, completionTokens: 6 } })),
    });
    const box = within(dialog).getByRole('textbox', { name: 'Mensagem' });
    await user.type(box, 'Oi{Enter}');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(text);
    const log = within(dialog).getByRole('log', { name: 'Conversa de teste' });
    expect(within(log).queryByText('Oi')).not.toBeInTheDocument();
    expect(box).toHaveValue('Oi');

    fails = false;
    await user.click(within(dialog).getByRole('button', { name: 'Enviar' }));
    expect(await within(log).findByText('Oi! Como posso ajudar?')).toBeInTheDocument();
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('tests the connection: the model served, a model the server does not list, a refused key', async () => {
    let answer: FakeReply = reply(200, { models: ['gpt-4o', 'gpt-4o-mini', 'whisper-1'] });
    const { user, dialog } = await openTest({ 'GET /api/ai-agents/6/models': () => answer });
    const check = within(dialog).getByRole('button', { name: 'Testar conexão' });

    await user.click(check);
    expect(await within(dialog).findByText('Conexão OK: o servidor respondeu e o modelo gpt-4o-mini está disponível.')).toBeInTheDocument();

    answer = reply(200, { models: ['llama3.1', 'qwen2.5'] });
    await user.click(check);
    expect(
      await within(dialog).findByText(
        'O servidor respondeu, mas não oferece o modelo gpt-4o-mini. Disponíveis: llama3.1, qwen2.5. Confira o nome do modelo no agente.',
      ),
    ).toBeInTheDocument();

    answer = apiError(502, 'ERR_AI_AUTH', { providerStatus: 401 });
    await user.click(check);
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('O provedor de IA recusou a chave da API. Confira a chave salva no agente.');
    await waitFor(() => expect(within(dialog).queryByText(/Conexão OK/)).not.toBeInTheDocument());
  });

  it('lets an admin try a disabled agent, saying it answers no customers', async () => {
    const { dialog } = await openTest({}, makeAiAgent({ id: 9, name: 'Rascunho', enabled: false }));
    expect(within(dialog).getByText('Este agente está desativado: não responde clientes, mas pode ser testado aqui.')).toBeInTheDocument();
  });
});
