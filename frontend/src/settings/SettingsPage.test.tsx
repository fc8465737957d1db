import { screen, waitFor, within } from '@testing-library/react';
import { session } from '../api/session';
import type { User } from '../api/types';
import { apiError, installFetch, reply } from '../test/fakeFetch';
import { fakeIo } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';
import type { Settings } from './settingsApi';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

const admin = makeUser({ name: 'Ana Admin', profile: 'admin' });
const defaults: Settings = {
  businessHours: null,
  reopenWindowMinutes: 120,
  attendantSignature: false,
  pendingWithoutQueueVisibleToAll: true,
  userMaxOpenTickets: null,
  chatbotTimeoutMinutes: 30,
  pendingAlertMinutes: 10,
  outOfHoursMessage: 'Olá! No momento estamos fora do horário de atendimento.',
  chatbotInvalidOptionMessage: 'Opção inválida.',
  aiAssistAgentId: null,
  aiMonthlyTokenBudget: null,
  optOutKeywords: ['SAIR', 'PARAR', 'STOP', 'CANCELAR'],
  optOutConfirmation: 'Pronto! Você não receberá mais nossas mensagens promocionais.',
  csatEnabled: false,
  csatQuestion: 'De 1 a 5, como foi o atendimento?',
  csatThanks: 'Obrigado pela sua avaliação!',
  csatExpiryMinutes: 1440,
  apiSendTicketMode: 'logOnly',
  apiAllowLocalMediaUrls: false,
  callAutoReplyEnabled: false,
  callAutoReplyMessage: 'No momento não atendemos ligações por aqui. Por favor, envie uma mensagem.',
};

beforeEach(async () => {
  await resetAppState();
});

function signIn(user: User) {
  session.set({ accessToken: 'token-1', user });
}

function settingsServer(initial: Settings, put?: (body: Settings) => ReturnType<typeof reply>) {
  let stored = { ...initial };
  const net = installFetch({
    'GET /api/settings': () => reply(200, { settings: stored }),
    'GET /api/ai-agents': () => reply(200, { aiAgents: [] }),
    'PUT /api/settings': ({ body }) => {
      if (put) return put(body as Settings);
      stored = { ...stored, ...(body as Settings) };
      return reply(200, { settings: stored });
    },
  });
  return net;
}

describe('SettingsPage', () => {
  it('shows every setting with its explanation and saves them all at once', async () => {
    signIn(admin);
    const net = settingsServer(defaults);
    const { user } = renderApp('/settings');

    const reopen = await screen.findByRole('spinbutton', { name: /Reabrir atendimento finalizado até/ });
    expect(reopen).toHaveValue(120);
    expect(screen.getByText(/o mesmo atendimento é reaberto/)).toBeInTheDocument();
    const pending = screen.getByRole('switch', { name: 'Atendentes veem os pendentes sem fila' });
    expect(pending).toBeChecked();
    expect(pending).toHaveAccessibleDescription(/só supervisores e administradores/);
    // Group chats never become tickets: there is nothing to switch on.
    expect(screen.queryByRole('switch', { name: /grupo/i })).not.toBeInTheDocument();
    expect(screen.getByRole('spinbutton', { name: /Tempo de espera do menu/ })).toHaveValue(30);
    expect(screen.getByRole('heading', { name: 'Horário de atendimento' })).toBeInTheDocument();

    await user.clear(reopen);
    await user.type(reopen, '60');
    await user.click(pending);
    await user.click(screen.getByRole('switch', { name: 'Limitar atendimentos abertos por atendente' }));
    const max = screen.getByRole('spinbutton', { name: /Máximo por atendente/ });
    await user.clear(max);
    await user.type(max, '8');
    await user.click(screen.getByRole('button', { name: 'Salvar' }));

    expect(await screen.findByText('Configurações salvas')).toBeInTheDocument();
    expect(net.calls('PUT', '/api/settings').map((r) => r.body)).toEqual([
      {
        businessHours: null,
        reopenWindowMinutes: 60,
        pendingWithoutQueueVisibleToAll: false,
        userMaxOpenTickets: 8,
        chatbotTimeoutMinutes: 30,
        pendingAlertMinutes: 10,
        outOfHoursMessage: 'Olá! No momento estamos fora do horário de atendimento.',
        chatbotInvalidOptionMessage: 'Opção inválida.',
        aiAssistAgentId: null,
        aiMonthlyTokenBudget: null,
        optOutKeywords: ['SAIR', 'PARAR', 'STOP', 'CANCELAR'],
        optOutConfirmation: 'Pronto! Você não receberá mais nossas mensagens promocionais.',
        csatEnabled: false,
        csatQuestion: 'De 1 a 5, como foi o atendimento?',
        csatThanks: 'Obrigado pela sua avaliação!',
        csatExpiryMinutes: 1440,
        apiSendTicketMode: 'logOnly',
        apiAllowLocalMediaUrls: false,
        attendantSignature: false,
        callAutoReplyEnabled: false,
        callAutoReplyMessage: 'No momento não atendemos ligações por aqui. Por favor, envie uma mensagem.',
      },
    ]);
  });

  it('sets where send-API messages go and whether their files may come from the local network', async () => {
    signIn(admin);
    const net = settingsServer(defaults);
    const { user } = renderApp('/settings');

    const section = await screen.findByRole('region', { name: 'API de envio' });
    const opens = within(section).getByRole('switch', { name: 'Mensagens da API abrem um atendimento' });
    const local = within(section).getByRole('switch', { name: 'Permitir arquivos (mediaUrl) de endereços da rede local' });
    expect(opens).not.toBeChecked();
    expect(local).not.toBeChecked();
    await user.click(opens);
    await user.click(local);
    await user.click(screen.getByRole('button', { name: 'Salvar' }));

    expect(await screen.findByText('Configurações salvas')).toBeInTheDocument();
    expect(net.calls('PUT', '/api/settings')[0]!.body).toMatchObject({ apiSendTicketMode: 'open', apiAllowLocalMediaUrls: true });
  });

  it('switches the CSAT question on and edits its texts and expiry', async () => {
    signIn(admin);
    const net = settingsServer(defaults);
    const { user } = renderApp('/settings');

    const section = await screen.findByRole('region', { name: 'Pesquisa de satisfação (CSAT)' });
    const enabled = within(section).getByRole('switch', { name: 'Pedir uma nota ao finalizar' });
    expect(enabled).not.toBeChecked();
    expect(enabled).toHaveAccessibleDescription(/nota de 1 a 5/);
    await user.click(enabled);
    const question = within(section).getByRole('textbox', { name: 'Pergunta' });
    await user.clear(question);
    await user.type(question, 'Que nota você dá, {{{{firstName}}?');
    const expiry = within(section).getByRole('spinbutton', { name: /A pergunta vale por/ });
    await user.clear(expiry);
    await user.type(expiry, '60');
    await user.click(screen.getByRole('button', { name: 'Salvar' }));

    expect(await screen.findByText('Configurações salvas')).toBeInTheDocument();
    expect(net.calls('PUT', '/api/settings')[0]!.body).toMatchObject({
      csatEnabled: true,
      csatQuestion: 'Que nota você dá, {{firstName}}?',
      csatThanks: 'Obrigado pela sua avaliação!',
      csatExpiryMinutes: 60,
    });

    await user.clear(within(section).getByRole('textbox', { name: 'Pergunta' }));
    await user.click(screen.getByRole('button', { name: 'Salvar' }));
    expect(await within(section).findByText('Preencha este campo')).toBeInTheDocument();
    expect(net.calls('PUT', '/api/settings')).toHaveLength(1);
  });

  it('asks for a number when the open-tickets limit is switched on and its box is emptied, and saves nothing', async () => {
    signIn(admin);
    const net = settingsServer(defaults);
    const { user } = renderApp('/settings');

    await user.click(await screen.findByRole('switch', { name: 'Limitar atendimentos abertos por atendente' }));
    await user.clear(screen.getByRole('spinbutton', { name: /Máximo por atendente/ }));
    await user.click(screen.getByRole('button', { name: 'Salvar' }));

    expect(await screen.findByText('Informe um número inteiro')).toBeInTheDocument();
    expect(screen.queryByText(/expected|Invalid input/i)).not.toBeInTheDocument();
    expect(net.calls('PUT', '/api/settings')).toEqual([]);
  });

  it('edits the texts customers get out of hours and after an invalid menu answer', async () => {
    signIn(admin);
    const net = settingsServer(defaults);
    const { user } = renderApp('/settings');

    const outOfHours = await screen.findByRole('textbox', { name: 'Mensagem fora do horário' });
    expect(outOfHours).toHaveValue('Olá! No momento estamos fora do horário de atendimento.');
    expect(outOfHours).toHaveAccessibleDescription(/{{name}}, {{firstName}}, {{number}}, {{attendant}}, {{greeting}}/);
    const invalid = screen.getByRole('textbox', { name: 'Resposta a uma opção inválida' });
    expect(invalid).toHaveAccessibleDescription(/idioma dos seus clientes/);

    await user.clear(invalid);
    await user.click(screen.getByRole('button', { name: 'Salvar' }));
    expect(await screen.findByText('Preencha este campo')).toBeInTheDocument();
    expect(net.calls('PUT', '/api/settings')).toHaveLength(0);

    await user.type(invalid, 'Invalid option.');
    await user.clear(outOfHours);
    await user.type(outOfHours, 'Fechados agora, {{{{firstName}}. Voltamos às 8h.');
    await user.click(screen.getByRole('button', { name: 'Salvar' }));
    expect(await screen.findByText('Configurações salvas')).toBeInTheDocument();
    expect(net.calls('PUT', '/api/settings')[0]?.body).toMatchObject({
      outOfHoursMessage: 'Fechados agora, {{firstName}}. Voltamos às 8h.',
      chatbotInvalidOptionMessage: 'Invalid option.',
    });
  });

  it('edits the opt-out keywords (comma-separated) and the confirmation, refusing repeated words', async () => {
    signIn(admin);
    const net = settingsServer(defaults);
    const { user } = renderApp('/settings');

    const keywords = await screen.findByRole('textbox', { name: 'Palavras para sair das campanhas' });
    expect(keywords).toHaveValue('SAIR, PARAR, STOP, CANCELAR');
    const confirmation = screen.getByRole('textbox', { name: 'Confirmação de saída' });
    expect(confirmation).toHaveAccessibleDescription(/{{firstName}}/);

    await user.clear(keywords);
    await user.type(keywords, 'sair, Saír');
    await user.click(screen.getByRole('button', { name: 'Salvar' }));
    expect(await screen.findByText('Há palavras repetidas (maiúsculas e acentos não contam)')).toBeInTheDocument();
    expect(net.calls('PUT', '/api/settings')).toHaveLength(0);

    await user.clear(keywords);
    await user.type(keywords, ' SAIR ,  descadastrar,, ');
    await user.clear(confirmation);
    await user.type(confirmation, 'Feito, {{{{firstName}}.');
    await user.click(screen.getByRole('button', { name: 'Salvar' }));
    expect(await screen.findByText('Configurações salvas')).toBeInTheDocument();
    expect(net.calls('PUT', '/api/settings')[0]?.body).toMatchObject({
      optOutKeywords: ['SAIR', 'descadastrar'],
      optOutConfirmation: 'Feito, {{firstName}}.',
    });
  });

  it('edits the business hours per weekday', async () => {
    signIn(admin);
    const net = settingsServer({ ...defaults, userMaxOpenTickets: 5 });
    const { user } = renderApp('/settings');

    // Weekdays 09–18 to start with; Saturday morning added.
    await user.click(await screen.findByRole('switch', { name: 'Atender só em horário definido' }));
    await user.click(screen.getByRole('switch', { name: 'Sábado: aberto' }));
    const saturdayEnd = screen.getByLabelText('Sábado, fim do intervalo 1');
    await user.clear(saturdayEnd);
    await user.type(saturdayEnd, '12:00');
    await user.click(screen.getByRole('button', { name: 'Salvar' }));

    expect(await screen.findByText('Configurações salvas')).toBeInTheDocument();
    const nineToSix = [{ start: '09:00', end: '18:00' }];
    expect(net.calls('PUT', '/api/settings')[0]?.body).toEqual({
      ...defaults,
      userMaxOpenTickets: 5,
      businessHours: { '1': nineToSix, '2': nineToSix, '3': nineToSix, '4': nineToSix, '5': nineToSix, '6': [{ start: '09:00', end: '12:00' }] },
    });
  });

  it('checks values before sending and shows a refusal translated', async () => {
    signIn(admin);
    const net = settingsServer(defaults, () => apiError(400, 'ERR_SETTING_UNKNOWN', { keys: ['x'] }));
    const { user } = renderApp('/settings');

    const menu = await screen.findByRole('spinbutton', { name: /Tempo de espera do menu/ });
    await user.clear(menu);
    await user.type(menu, '5000');
    await user.click(screen.getByRole('button', { name: 'Salvar' }));
    expect(await screen.findByText('Use um valor de 1 a 1440')).toBeInTheDocument();

    // Overlapping ranges are flagged on the day, and saving waits for a fix.
    await user.click(screen.getByRole('switch', { name: 'Atender só em horário definido' }));
    const monday = screen.getByRole('group', { name: 'Segunda-feira' });
    await user.click(within(monday).getByRole('button', { name: 'Adicionar intervalo em Segunda-feira' }));
    const start2 = within(monday).getByLabelText('Segunda-feira, início do intervalo 2');
    await user.clear(start2);
    await user.type(start2, '17:00');
    expect(within(monday).getAllByText('Este intervalo se sobrepõe a outro')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Salvar' })).toBeDisabled();
    await user.click(within(monday).getByRole('button', { name: 'Remover intervalo 2 de Segunda-feira' }));

    await user.clear(menu);
    await user.type(menu, '45');
    await user.click(screen.getByRole('button', { name: 'Salvar' }));
    expect(await screen.findAllByText('Configuração desconhecida.')).not.toHaveLength(0);
    expect(net.calls('PUT', '/api/settings')).toHaveLength(1);
  });

  it('sets and removes the AI agents’ monthly token budget', async () => {
    signIn(admin);
    const net = settingsServer(defaults);
    const { user } = renderApp('/settings');

    const limit = await screen.findByRole('switch', { name: 'Limitar o uso de IA por mês' });
    expect(limit).not.toBeChecked();
    expect(limit).toHaveAccessibleDescription(/avisados aos 80%/);
    await user.click(limit);
    const budget = screen.getByRole('spinbutton', { name: /Limite mensal de tokens/ });
    await user.clear(budget);
    await user.click(screen.getByRole('button', { name: 'Salvar' }));
    expect(await screen.findByText('Informe um número inteiro')).toBeInTheDocument();
    expect(net.calls('PUT', '/api/settings')).toHaveLength(0);

    await user.type(budget, '2500000');
    await user.click(screen.getByRole('button', { name: 'Salvar' }));
    expect(await screen.findByText('Configurações salvas')).toBeInTheDocument();
    expect(net.calls('PUT', '/api/settings')[0]?.body).toMatchObject({ aiMonthlyTokenBudget: 2_500_000 });

    // Switched off: no limit at all (null), not the number left in the box.
    await user.click(screen.getByRole('switch', { name: 'Limitar o uso de IA por mês' }));
    expect(screen.queryByRole('spinbutton', { name: /Limite mensal de tokens/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Salvar' }));
    await waitFor(() => expect(net.calls('PUT', '/api/settings')).toHaveLength(2));
    expect(net.calls('PUT', '/api/settings')[1]?.body).toMatchObject({ aiMonthlyTokenBudget: null });
  });

  it('is closed to supervisors', async () => {
    signIn(makeUser({ profile: 'supervisor' }));
    const net = settingsServer(defaults);
    renderApp('/settings');
    expect(await screen.findByRole('heading', { name: 'Acesso restrito' })).toBeInTheDocument();
    await waitFor(() => expect(net.calls('GET', '/api/settings')).toHaveLength(0));
  });
});
