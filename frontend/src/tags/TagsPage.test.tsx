import { screen, waitFor, within } from '@testing-library/react';
import { session } from '../api/session';
import { apiError, installFetch, reply } from '../test/fakeFetch';
import { fakeIo } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';
import type { Tag } from './tagsApi';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

const supervisor = makeUser({ name: 'Sara Supervisora', profile: 'supervisor' });
const tag = (id: number, name: string, color: string): Tag => ({
  id,
  name,
  color,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
});
const lead = tag(1, 'Lead', '#1976d2');
const vip = tag(2, 'VIP', '#f9a825');

beforeEach(async () => {
  await resetAppState();
  session.set({ accessToken: 'token-1', user: supervisor });
});

describe('TagsPage', () => {
  it('lists tags as colored chips and filters them by name', async () => {
    installFetch({ 'GET /api/tags': () => reply(200, { tags: [lead, vip] }) });
    const { user } = renderApp('/tags');
    const table = await screen.findByRole('table', { name: 'Lista de etiquetas' });
    expect(within(table).getByText('Lead')).toBeInTheDocument();
    expect(within(table).getByText('#f9a825')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Buscar etiquetas'), 'vi');
    expect(within(table).queryByText('Lead')).not.toBeInTheDocument();
    expect(within(table).getByText('VIP')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Buscar etiquetas'), 'x');
    expect(screen.getByText('Nenhuma etiqueta encontrada para “vix”.')).toBeInTheDocument();
  });

  it('creates a tag with the chosen color, and shows a taken name on the field', async () => {
    const created = tag(3, 'Cliente antigo', '#c2185b');
    let taken = true;
    const net = installFetch({
      'GET /api/tags': () => reply(200, { tags: [lead, vip] }),
      'POST /api/tags': () => (taken ? apiError(409, 'ERR_TAG_NAME_IN_USE') : reply(201, { tag: created })),
    });
    const { user } = renderApp('/tags');
    await screen.findByText('VIP');
    await user.click(screen.getByRole('button', { name: 'Nova etiqueta' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nova etiqueta' });
    await user.type(within(dialog).getByLabelText(/^Nome/), 'Cliente antigo ');
    await user.click(within(dialog).getByRole('radio', { name: 'Cor #c2185b' }));
    await user.click(within(dialog).getByRole('button', { name: 'Criar' }));
    expect(await within(dialog).findByText('Já existe uma etiqueta com este nome.')).toBeInTheDocument();

    taken = false;
    await user.click(within(dialog).getByRole('button', { name: 'Criar' }));
    expect(await screen.findByText('Etiqueta Cliente antigo criada')).toBeInTheDocument();
    expect(net.calls('POST', '/api/tags').map((r) => r.body)).toEqual([
      { name: 'Cliente antigo', color: '#c2185b' },
      { name: 'Cliente antigo', color: '#c2185b' },
    ]);
    expect(await screen.findByRole('cell', { name: 'Cliente antigo' })).toBeInTheDocument();
  });

  it('edits a tag color typed as hex and rejects a malformed one before sending', async () => {
    const net = installFetch({
      'GET /api/tags': () => reply(200, { tags: [lead] }),
      'PUT /api/tags/1': ({ body }) => reply(200, { tag: { ...lead, ...(body as object) } }),
    });
    const { user } = renderApp('/tags');
    await user.click(await screen.findByRole('button', { name: 'Editar Lead' }));
    const dialog = await screen.findByRole('dialog', { name: 'Editar etiqueta' });
    const hex = within(dialog).getByLabelText('Cor (hexadecimal)');
    await user.clear(hex);
    await user.type(hex, '#12ab');
    await user.click(within(dialog).getByRole('button', { name: 'Salvar' }));
    expect(await within(dialog).findByText('Use o formato #rrggbb')).toBeInTheDocument();
    expect(net.calls('PUT', '/api/tags/1')).toHaveLength(0);

    await user.type(hex, 'EF');
    await user.click(within(dialog).getByRole('button', { name: 'Salvar' }));
    expect(await screen.findByText('Etiqueta Lead atualizada')).toBeInTheDocument();
    expect(net.calls('PUT', '/api/tags/1')[0]?.body).toEqual({ name: 'Lead', color: '#12abef' });
  });

  it('deletes a tag after confirmation and reports a failure translated', async () => {
    let fails = true;
    const net = installFetch({
      'GET /api/tags': () => reply(200, { tags: [lead, vip] }),
      'DELETE /api/tags/2': () => (fails ? apiError(404, 'ERR_TAG_NOT_FOUND') : reply(204)),
    });
    const { user } = renderApp('/tags');
    await user.click(await screen.findByRole('button', { name: 'Excluir VIP' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Excluir etiqueta?' })).getByRole('button', { name: 'Excluir' }));
    expect(await screen.findByText('Etiqueta não encontrada.')).toBeInTheDocument();

    fails = false;
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Excluir VIP' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Excluir etiqueta?' })).getByRole('button', { name: 'Excluir' }));
    expect(await screen.findByText('Etiqueta VIP excluída')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('cell', { name: 'VIP' })).not.toBeInTheDocument());
    expect(net.calls('DELETE', '/api/tags/2')).toHaveLength(2);
  });
});
