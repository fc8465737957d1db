import { screen, waitFor, within } from '@testing-library/react';
import { session } from '../api/session';
import { apiError, installFetch, reply, type FakeReply } from '../test/fakeFetch';
import { fakeIo } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';
import { makeQueue } from '../queues/queueFixtures';
import type { QuickReply } from './quickRepliesApi';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

const supervisor = makeUser({ name: 'Sara Supervisora', profile: 'supervisor' });
const financeiro = makeQueue({ name: 'Financeiro', color: '#2e7d32' });
const at = '2025-01-01T00:00:00.000Z';
const boleto: QuickReply = {
  id: 11,
  companyId: 1,
  queueId: financeiro.id,
  shortcut: 'boleto',
  message: 'Segue o boleto, {{firstName}}.',
  createdAt: at,
  media: null,
  updatedAt: at,
};
const oi: QuickReply = {
  id: 12,
  companyId: 1,
  queueId: null,
  shortcut: 'oi',
  message: '{{greeting}}! Sou {{attendant}}.',
  createdAt: at,
  media: null,
  updatedAt: at,
};

beforeEach(async () => {
  await resetAppState();
  session.set({ accessToken: 'token-1', user: supervisor });
});

function server(extra: Record<string, () => FakeReply> = {}) {
  return installFetch({
    'GET /api/queues': () => reply(200, { queues: [financeiro] }),
    'GET /api/quick-replies': ({ url }) => {
      const search = new URL(url, 'http://x').searchParams.get('search') ?? '';
      return reply(200, { quickReplies: [boleto, oi].filter((r) => r.shortcut.startsWith(search) || r.message.includes(search)) });
    },
    ...extra,
  });
}

describe('QuickRepliesPage', () => {
  it('lists replies with shortcut, message and scope, and searches on the server', async () => {
    const net = server();
    const { user } = renderApp('/quick-replies');
    const table = await screen.findByRole('table', { name: 'Lista de respostas rápidas' });
    const row = within(table).getByText('/boleto').closest('tr') as HTMLElement;
    expect(within(row).getByText('Segue o boleto, {{firstName}}.')).toBeInTheDocument();
    expect((await within(row).findAllByText('Financeiro')).length).toBeGreaterThan(0);
    const oiRow = within(table).getByText('/oi').closest('tr') as HTMLElement;
    expect(within(oiRow).getAllByText('Todas as filas').length).toBeGreaterThan(0);

    await user.type(screen.getByLabelText('Buscar respostas rápidas'), 'bol');
    await waitFor(() => expect(within(table).queryByText('/oi')).not.toBeInTheDocument());
    expect(net.calls('GET', '/api/quick-replies').at(-1)?.url).toBe('/api/quick-replies?search=bol');
  });

  it('creates a reply with variables inserted by button and a queue scope', async () => {
    const created: QuickReply = { ...boleto, id: 13, shortcut: 'pix', message: 'Olá {{firstName}}, a chave Pix é' };
    const net = server({ 'POST /api/quick-replies': () => reply(201, { quickReply: created }) });
    const { user } = renderApp('/quick-replies');
    await screen.findByText('/boleto');
    await user.click(screen.getByRole('button', { name: 'Nova resposta' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nova resposta rápida' });
    await user.type(within(dialog).getByLabelText(/^Atalho/), '/PIX');
    const message = within(dialog).getByLabelText(/^Mensagem/);
    await user.type(message, 'Olá , a chave Pix é');
    // The cursor goes after "Olá " and the variable lands there.
    (message as HTMLTextAreaElement).setSelectionRange(4, 4);
    await user.click(within(dialog).getByRole('button', { name: 'Inserir Primeiro nome' }));
    await waitFor(() => expect(message).toHaveValue('Olá {{firstName}}, a chave Pix é'));
    await user.click(within(dialog).getByRole('combobox', { name: 'Disponível em' }));
    await user.click(await screen.findByRole('option', { name: 'Financeiro' }));
    await user.click(within(dialog).getByRole('button', { name: 'Criar' }));

    expect(await screen.findByText('Resposta /pix criada')).toBeInTheDocument();
    expect(net.calls('POST', '/api/quick-replies').map((r) => r.body)).toEqual([
      { shortcut: 'pix', message: 'Olá {{firstName}}, a chave Pix é', queueId: financeiro.id },
    ]);
  });

  it('attaches a file to a new reply, uploaded once the reply exists', async () => {
    const created: QuickReply = { ...boleto, id: 14, shortcut: 'catalogo', message: 'Nosso catálogo', queueId: null };
    const withFile: QuickReply = { ...created, media: { mediaType: 'image', fileName: 'catalogo.png', mimetype: 'image/png', size: 4 } };
    URL.createObjectURL = jest.fn(() => 'blob:catalogo');
    URL.revokeObjectURL = jest.fn();
    const net = server({
      'POST /api/quick-replies': () => reply(201, { quickReply: created }),
      'POST /api/quick-replies/14/media': () => reply(200, { quickReply: withFile }),
      'PUT /api/quick-replies/14': () => reply(200, { quickReply: withFile }),
      'DELETE /api/quick-replies/14/media': () => reply(200, { quickReply: created }),
      'GET /api/quick-replies/14/media': () => ({ status: 200, blob: new Blob([new Uint8Array([1, 2, 3, 4])], { type: 'image/png' }) }),
    });
    const { user } = renderApp('/quick-replies');
    await screen.findByText('/boleto');
    await user.click(screen.getByRole('button', { name: 'Nova resposta' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nova resposta rápida' });
    await user.type(within(dialog).getByLabelText(/^Atalho/), 'catalogo');
    await user.type(within(dialog).getByLabelText(/^Mensagem/), 'Nosso catálogo');
    const file = new File([new Uint8Array([137, 80, 78, 71])], 'catalogo.png', { type: 'image/png' });
    await user.upload(within(dialog).getByLabelText('Arquivo (imagem, PDF ou áudio)'), file);
    expect(within(within(dialog).getByRole('group', { name: 'Arquivo da resposta' })).getByText('catalogo.png')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Criar' }));
    expect(await screen.findByText('Resposta /catalogo criada')).toBeInTheDocument();
    const upload = net.calls('POST', '/api/quick-replies/14/media');
    expect(upload).toHaveLength(1);
    expect((upload[0]!.body as FormData).get('file')).toBeInstanceOf(File);
  });

  it('rejects a shortcut the server would refuse, and shows a taken one on the field', async () => {
    const net = server({ 'POST /api/quick-replies': () => apiError(409, 'ERR_QUICK_REPLY_SHORTCUT_IN_USE') });
    const { user } = renderApp('/quick-replies');
    await user.click(await screen.findByRole('button', { name: 'Nova resposta' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nova resposta rápida' });
    const shortcut = within(dialog).getByLabelText(/^Atalho/);
    await user.type(shortcut, 'promoção');
    await user.type(within(dialog).getByLabelText(/^Mensagem/), 'Oferta');
    await user.click(within(dialog).getByRole('button', { name: 'Criar' }));
    expect(await within(dialog).findByText('Use só letras minúsculas sem acento, números, _ ou -')).toBeInTheDocument();
    expect(net.calls('POST', '/api/quick-replies')).toHaveLength(0);

    await user.clear(shortcut);
    await user.type(shortcut, 'oi');
    await user.click(within(dialog).getByRole('button', { name: 'Criar' }));
    expect(await within(dialog).findByText('Este atalho já está em uso.')).toBeInTheDocument();
    expect(net.calls('POST', '/api/quick-replies')[0]?.body).toEqual({ shortcut: 'oi', message: 'Oferta', queueId: null });
  });

  it('edits a reply with the rendered preview, makes it company-wide, and deletes another', async () => {
    const net = server({
      'GET /api/quick-replies/11/rendered': () => reply(200, { text: 'Segue o boleto, .' }),
      'PUT /api/quick-replies/11': () => reply(200, { quickReply: { ...boleto, queueId: null } }),
      'DELETE /api/quick-replies/12': () => reply(204),
    });
    const { user } = renderApp('/quick-replies');
    await user.click(await screen.findByRole('button', { name: 'Editar /boleto' }));
    const dialog = await screen.findByRole('dialog', { name: 'Editar resposta rápida' });
    const preview = within(dialog).getByRole('region', { name: 'Prévia da versão salva' });
    expect(await within(preview).findByText('Segue o boleto, .')).toBeInTheDocument();
    expect(net.calls('GET', '/api/quick-replies/11/rendered')[0]?.url).toBe('/api/quick-replies/11/rendered');

    await user.click(within(dialog).getByRole('combobox', { name: 'Disponível em' }));
    await user.click(await screen.findByRole('option', { name: 'Todas as filas' }));
    await user.click(within(dialog).getByRole('button', { name: 'Salvar' }));
    expect(await screen.findByText('Resposta /boleto atualizada')).toBeInTheDocument();
    expect(net.calls('PUT', '/api/quick-replies/11')[0]?.body).toEqual({ shortcut: 'boleto', message: 'Segue o boleto, {{firstName}}.', queueId: null });

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Excluir /oi' }));
    const confirm = await screen.findByRole('dialog', { name: 'Excluir resposta rápida?' });
    await user.click(within(confirm).getByRole('button', { name: 'Excluir' }));
    expect(await screen.findByText('Resposta /oi excluída')).toBeInTheDocument();
    expect(net.calls('DELETE', '/api/quick-replies/12')).toHaveLength(1);
  });
});
