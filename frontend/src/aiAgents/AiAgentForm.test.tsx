import { act, configure, screen, waitFor, within } from '@testing-library/react';
import { session } from '../api/session';
import { apiError, installFetch, reply } from '../test/fakeFetch';
import { fakeIo } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';
import { makeAiAgent } from './aiAgentFixtures';
import type { AiAgentInput } from './aiAgentsApi';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));
configure({ asyncUtilTimeout: 5000 });
// Each test drives the whole agent form: slow when the machine is shared.
jest.setTimeout(90_000);

const admin = makeUser({ name: 'Ana Admin', profile: 'admin' });

beforeEach(async () => {
  await resetAppState();
  session.set({ accessToken: 'token-1', user: admin });
});

describe('AI agent form', () => {
  it('creates an agent with the defaults, refusing bad input first and a taken name at its field, then opens the test', async () => {
    const created = makeAiAgent({ id: 5, name: 'Ana da Padaria', hasApiKey: true });
    let taken = true;
    const net = installFetch({
      'GET /api/ai-agents': () => reply(200, { aiAgents: [] }),
      'POST /api/ai-agents': () => (taken ? apiError(409, 'ERR_AI_AGENT_NAME_IN_USE') : reply(201, { aiAgent: created })),
    });
    const { user } = renderApp('/ai-agents');
    await user.click(await screen.findByRole('button', { name: 'Novo agente' }));
    const dialog = await screen.findByRole('dialog', { name: 'Novo agente de IA' });

    // Defaults a first-time admin can keep: OpenAI, a small model, the handoff message and keywords.
    expect(within(dialog).getByRole('textbox', { name: /^URL base/ })).toHaveValue('https://api.openai.com/v1');
    expect(within(dialog).getByRole('textbox', { name: /^Modelo/ })).toHaveValue('gpt-4o-mini');
    expect(within(dialog).getByRole('textbox', { name: /^Mensagem ao passar/ })).toHaveValue(
      'Vou passar sua conversa para um de nossos atendentes. Em instantes alguém continua com você.',
    );
    expect(within(dialog).getByRole('button', { name: 'atendente' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'humano' })).toBeInTheDocument();

    // Nothing is sent while a field is wrong, and each says why.
    const url = within(dialog).getByRole('textbox', { name: /^URL base/ });
    await user.clear(url);
    await user.type(url, 'ftp://arquivos.padaria.com');
    const key = within(dialog).getByLabelText(/^Chave da API/);
    await user.type(key, 'sk-teste com espaço');
    await user.click(within(dialog).getByRole('button', { name: 'Criar' }));
    expect(await within(dialog).findByText('Campo obrigatório')).toBeInTheDocument();
    expect(within(dialog).getByText('Informe um endereço que comece com http:// ou https://')).toBeInTheDocument();
    expect(key).toHaveAccessibleDescription('Uma chave de API não tem espaços nem acentos: confira se copiou só a chave');
    expect(net.calls('POST', '/api/ai-agents')).toHaveLength(0);

    // The presets fill the address in.
    await user.click(within(dialog).getByRole('button', { name: 'Ollama' }));
    expect(url).toHaveValue('http://localhost:11434/v1');
    await user.click(within(dialog).getByRole('button', { name: 'OpenAI' }));
    await user.type(within(dialog).getByRole('textbox', { name: /^Nome/ }), 'Ana da Padaria');
    await user.clear(key);
    await user.type(key, 'sk-test-123');
    await user.click(within(dialog).getByRole('textbox', { name: /^Instruções/ }));
    await user.paste('Você é a Ana, da Padaria Pão Quente.');
    await user.click(within(dialog).getByRole('button', { name: 'Criar' }));
    expect(await within(dialog).findByText('Já existe um agente de IA com este nome.')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: /^Nome/ })).toHaveFocus();

    taken = false;
    await user.click(within(dialog).getByRole('button', { name: 'Criar' }));
    expect(await screen.findByText('Agente Ana da Padaria criado')).toBeInTheDocument();
    const sent = net.calls('POST', '/api/ai-agents').map((r) => r.body as AiAgentInput);
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual({
      name: 'Ana da Padaria',
      baseUrl: 'https://api.openai.com/v1',
      apiKey: 'sk-test-123',
      model: 'gpt-4o-mini',
      systemPrompt: 'Você é a Ana, da Padaria Pão Quente.',
      knowledge: '',
      temperature: 0.3,
      historyWindow: 12,
      maxTurns: 10,
      handoffMessage: 'Vou passar sua conversa para um de nossos atendentes. Em instantes alguém continua com você.',
      handoffKeywords: ['atendente', 'humano'],
      confidenceThreshold: 0.5,
      transcribeAudio: false,
      transcriptionModel: 'whisper-1',
      enabled: true,
    });
    // The next thing to do with a new agent is to try it.
    expect(await screen.findByRole('dialog', { name: 'Testar Ana da Padaria' })).toBeInTheDocument();
  });

  it('counts the knowledge text against the limit as it is typed, and refuses it over the limit', async () => {
    const agent = makeAiAgent({ id: 8, name: 'Vendas', knowledge: '' });
    const net = installFetch({ 'GET /api/ai-agents': () => reply(200, { aiAgents: [agent] }) });
    const { user } = renderApp('/ai-agents');
    await user.click(await screen.findByRole('button', { name: 'Editar Vendas' }));
    const dialog = await screen.findByRole('dialog', { name: 'Editar agente de IA' });
    const knowledge = within(dialog).getByRole('textbox', { name: 'Base de conhecimento' });
    expect(knowledge).toHaveAccessibleDescription(/0 \/ 20\.000 caracteres$/);

    await user.click(knowledge);
    await user.paste('Pão francês R$ 0,80');
    expect(knowledge).toHaveAccessibleDescription(/19 \/ 20\.000 caracteres$/);

    await user.paste('x'.repeat(20_000));
    expect(knowledge).toHaveAccessibleDescription(/20\.019 \/ 20\.000 caracteres$/);
    await user.click(within(dialog).getByRole('button', { name: 'Salvar' }));
    await waitFor(() => expect(knowledge).toHaveAccessibleDescription('Texto longo demais: 20.019 de no máximo 20.000 caracteres'));
    expect(net.calls('PUT', '/api/ai-agents/8')).toHaveLength(0);
  });

  it('never shows a saved key: it is kept, replaced or removed, and only a change is sent', async () => {
    let agent = makeAiAgent({ id: 3, name: 'Vendas', hasApiKey: true });
    const net = installFetch({
      'GET /api/ai-agents': () => reply(200, { aiAgents: [agent] }),
      'PUT /api/ai-agents/3': ({ body }) => {
        const { apiKey, ...rest } = body as AiAgentInput;
        agent = { ...agent, ...rest, hasApiKey: apiKey === undefined ? agent.hasApiKey : apiKey !== null };
        return reply(200, { aiAgent: agent });
      },
    });
    const { user } = renderApp('/ai-agents');
    const edit = async () => {
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
      await user.click(await screen.findByRole('button', { name: 'Editar Vendas' }));
      return screen.findByRole('dialog', { name: 'Editar agente de IA' });
    };
    const save = async (dialog: HTMLElement) => {
      await user.click(within(dialog).getByRole('button', { name: 'Salvar' }));
      await screen.findByText('Agente Vendas atualizado');
    };

    // Kept: the form says a key is saved, shows no field with it, and sends no apiKey.
    let dialog = await edit();
    const saved = within(dialog).getByRole('group', { name: 'Chave da API' });
    expect(saved).toHaveTextContent('Chave salva');
    expect(within(dialog).queryByLabelText(/^Chave da API/, { selector: 'input' })).not.toBeInTheDocument();
    await save(dialog);
    expect(net.calls('PUT', '/api/ai-agents/3')[0]?.body).not.toHaveProperty('apiKey');

    // Replaced: a blank replacement is refused (it would not say what to do), a typed one is sent.
    dialog = await edit();
    await user.click(within(dialog).getByRole('button', { name: 'Trocar chave' }));
    const replacement = within(dialog).getByLabelText(/^Nova chave da API/);
    expect(replacement).toHaveValue('');
    expect(replacement).toHaveAttribute('type', 'password');
    await user.click(within(dialog).getByRole('button', { name: 'Salvar' }));
    expect(await within(dialog).findByText('Digite a nova chave ou mantenha a chave salva')).toBeInTheDocument();
    // Changing one's mind brings the saved state back.
    await user.click(within(dialog).getByRole('button', { name: 'Manter a chave salva' }));
    expect(within(dialog).getByRole('group', { name: 'Chave da API' })).toHaveTextContent('Chave salva');
    await user.click(within(dialog).getByRole('button', { name: 'Trocar chave' }));
    await user.type(within(dialog).getByLabelText(/^Nova chave da API/), ' sk-nova-456 ');
    await save(dialog);
    expect(net.calls('PUT', '/api/ai-agents/3')[1]?.body).toMatchObject({ apiKey: 'sk-nova-456' });

    // Removed, after an undo on the way: null is sent, and the list says the agent has no key.
    dialog = await edit();
    await user.click(within(dialog).getByRole('button', { name: 'Remover chave' }));
    expect(within(dialog).getByText('A chave salva será removida quando você salvar.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Desfazer' }));
    await user.click(within(dialog).getByRole('button', { name: 'Remover chave' }));
    await save(dialog);
    expect(net.calls('PUT', '/api/ai-agents/3')[2]?.body).toMatchObject({ apiKey: null });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const table = screen.getByRole('table', { name: 'Lista de agentes de IA' });
    expect(await within(table).findByText('Sem chave')).toBeInTheDocument();

    // Without a stored key the field is a plain (optional) password box again.
    dialog = await edit();
    expect(within(dialog).queryByRole('group', { name: 'Chave da API' })).not.toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^Chave da API/)).toHaveAttribute('type', 'password');
  });

  it('edits keywords as chips, numbers within their range, and voice-note transcription', async () => {
    const agent = makeAiAgent({ id: 4, name: 'Suporte', handoffKeywords: ['atendente'] });
    const net = installFetch({
      'GET /api/ai-agents': () => reply(200, { aiAgents: [agent] }),
      'PUT /api/ai-agents/4': ({ body }) => reply(200, { aiAgent: { ...agent, ...(body as object) } }),
    });
    const { user } = renderApp('/ai-agents');
    await user.click(await screen.findByRole('button', { name: 'Editar Suporte' }));
    const dialog = await screen.findByRole('dialog', { name: 'Editar agente de IA' });

    const keywords = within(dialog).getByRole('combobox', { name: 'Palavras que chamam um atendente' });
    await user.type(keywords, 'Gerente{Enter}');
    await user.type(keywords, 'reclamação, cancelar,');
    expect(within(dialog).getByRole('button', { name: 'gerente' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'reclamação' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'cancelar' })).toBeInTheDocument();
    // A chip's delete icon takes it out.
    const chip = within(dialog).getByRole('button', { name: 'atendente' });
    await user.click(chip.querySelector('svg') as Element);
    expect(within(dialog).queryByRole('button', { name: 'atendente' })).not.toBeInTheDocument();

    const turns = within(dialog).getByRole('spinbutton', { name: 'Máximo de respostas' });
    await user.clear(turns);
    await user.type(turns, '101');
    await user.click(within(dialog).getByRole('button', { name: 'Salvar' }));
    expect(await within(dialog).findByText('Use um número inteiro de 1 a 100')).toBeInTheDocument();
    await user.clear(turns);
    await user.type(turns, '6');

    // The temperature slider moves by tenths from the keyboard.
    const temperature = within(dialog).getByRole('slider', { name: 'Criatividade (temperatura)' });
    act(() => temperature.focus());
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(temperature).toHaveAttribute('aria-valuetext', '0,5');

    // The transcription model shows only when transcription is on.
    expect(within(dialog).queryByRole('textbox', { name: /^Modelo de transcrição/ })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('switch', { name: 'Transcrever áudios' }));
    const model = within(dialog).getByRole('textbox', { name: /^Modelo de transcrição/ });
    await user.clear(model);
    await user.type(model, 'gpt-4o-mini-transcribe');

    await user.click(within(dialog).getByRole('button', { name: 'Salvar' }));
    expect(await screen.findByText('Agente Suporte atualizado')).toBeInTheDocument();
    expect(net.calls('PUT', '/api/ai-agents/4')[0]?.body).toMatchObject({
      handoffKeywords: ['gerente', 'reclamação', 'cancelar'],
      maxTurns: 6,
      temperature: 0.5,
      transcribeAudio: true,
      transcriptionModel: 'gpt-4o-mini-transcribe',
    });
  });

  it("puts the server's refusals at their fields: a key this installation cannot store, an address it refused", async () => {
    const agent = makeAiAgent({ id: 7, name: 'Loja', hasApiKey: false });
    let answer = apiError(409, 'ERR_AI_SECRET_KEY_MISSING');
    installFetch({ 'GET /api/ai-agents': () => reply(200, { aiAgents: [agent] }), 'PUT /api/ai-agents/7': () => answer });
    const { user } = renderApp('/ai-agents');
    await user.click(await screen.findByRole('button', { name: 'Editar Loja' }));
    const dialog = await screen.findByRole('dialog', { name: 'Editar agente de IA' });
    const key = within(dialog).getByLabelText(/^Chave da API/);
    await user.type(key, 'sk-loja-1');
    await user.click(within(dialog).getByRole('button', { name: 'Salvar' }));
    await waitFor(() => expect(key).toHaveAccessibleDescription(/^Esta instalação não tem a chave de criptografia \(AI_SECRET_KEY\)/));
    expect(key).toHaveFocus();

    answer = apiError(400, 'ERR_VALIDATION', [{ path: 'baseUrl', message: 'Use an http:// or https:// address' }]);
    await user.click(within(dialog).getByRole('button', { name: 'Salvar' }));
    const url = within(dialog).getByRole('textbox', { name: /^URL base/ });
    await waitFor(() => expect(url).toHaveAccessibleDescription('O servidor recusou este valor. Confira e tente de novo.'));
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  });
});
