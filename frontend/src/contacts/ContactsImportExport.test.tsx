import { screen, waitFor, within } from '@testing-library/react';
import { session } from '../api/session';
import { apiError, installFetch, reply, type FakeRequest } from '../test/fakeFetch';
import { fakeIo } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';
import { makeContact } from './contactFixtures';
import type { Contact, ImportReport } from './contactTypes';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

const admin = makeUser({ name: 'Ana Admin', profile: 'admin' });
const maria = makeContact({ name: 'Maria Silva', number: '5511987654321' });
const csv = 'nome;numero;email\nCarla;5511911110000;\nSem Número;;\nMaria de novo;5511987654321;\nDiego;5511922220000;diego@@x\n';

const preview: ImportReport = {
  dryRun: true,
  summary: { rows: 4, ok: 1, duplicate: 1, malformed: 2, imported: 0 },
  newTags: ['Feira 2026'],
  rows: [
    { row: 2, status: 'ok', name: 'Carla', number: '5511911110000' },
    { row: 3, status: 'malformed', name: 'Sem Número', number: '', problems: ['ERR_NUMBER_REQUIRED'] },
    { row: 4, status: 'duplicate', name: 'Maria de novo', number: '5511987654321', duplicateOf: { contactId: maria.id } },
    { row: 5, status: 'malformed', name: 'Diego', number: '5511922220000', problems: ['ERR_INVALID_EMAIL'] },
  ],
};
const done: ImportReport = {
  ...preview,
  dryRun: false,
  summary: { ...preview.summary, imported: 1 },
  rows: preview.rows.map((r) => (r.status === 'ok' ? { ...r, contactId: 999 } : r)),
};

beforeEach(async () => {
  await resetAppState();
  session.set({ accessToken: 'token-1', user: admin });
});

const dryRunOf = (r: FakeRequest) => new URL(r.url, 'http://x').searchParams.get('dryRun');
const fileOf = (r: FakeRequest) => (r.body as FormData).get('file') as File;
// jsdom's File has no text(); FileReader is what it offers.
const textOf = (file: File) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(file);
  });

describe('Contacts import and export', () => {
  it('previews the file with each skipped row and its reason, then imports on confirmation', async () => {
    const contacts: Contact[] = [maria];
    const net = installFetch({
      'GET /api/tags': () => reply(200, { tags: [] }),
      'GET /api/contacts': () => reply(200, { contacts, nextCursor: null }),
      'POST /api/contacts/import': (request) => {
        if (dryRunOf(request) === 'true') return reply(200, preview);
        contacts.unshift(makeContact({ name: 'Carla', number: '5511911110000' }));
        return reply(201, done);
      },
    });
    const { user } = renderApp('/contacts');

    await user.click(await screen.findByRole('button', { name: 'Importar CSV' }));
    const dialog = await screen.findByRole('dialog', { name: 'Importar contatos' });
    await user.upload(within(dialog).getByLabelText('Escolher arquivo CSV'), new File([csv], 'clientes.csv', { type: 'text/csv' }));

    // The preview: nothing written yet, counts, and every row that will be skipped with its line and reason.
    expect(await within(dialog).findByText('Prévia de clientes.csv: nada foi gravado ainda.')).toBeInTheDocument();
    expect(within(dialog).getByText('Novos: 1')).toBeInTheDocument();
    expect(within(dialog).getByText('Já existentes ou repetidos: 1')).toBeInTheDocument();
    expect(within(dialog).getByText('Com erro: 2')).toBeInTheDocument();
    expect(within(dialog).getByText('Etiquetas que serão criadas: Feira 2026')).toBeInTheDocument();
    const skipped = within(dialog).getByRole('table', { name: 'Linhas que não serão importadas' });
    const rowOf = (line: string) => within(skipped).getByRole('cell', { name: line }).closest('tr') as HTMLElement;
    expect(within(rowOf('3')).getByText('Falta o número.')).toBeInTheDocument();
    expect(within(rowOf('4')).getByText('Já existe um contato com este número.')).toBeInTheDocument();
    expect(within(rowOf('5')).getByText('E-mail inválido.')).toBeInTheDocument();
    expect(within(skipped).queryByText('Carla')).not.toBeInTheDocument();

    const first = net.calls('POST', '/api/contacts/import');
    expect(first.map(dryRunOf)).toEqual(['true']);
    expect(fileOf(first[0]!).name).toBe('clientes.csv');
    expect(await textOf(fileOf(first[0]!))).toBe(csv);

    await user.click(within(dialog).getByRole('button', { name: 'Importar 1 contato' }));
    expect(await screen.findByRole('dialog', { name: 'Importação concluída' })).toBeInTheDocument();
    expect(within(dialog).getByText('Importados: 1')).toBeInTheDocument();
    expect(net.calls('POST', '/api/contacts/import').map(dryRunOf)).toEqual(['true', 'false']);
    expect(await screen.findByText('Importação concluída: 1 contato novo')).toBeInTheDocument();
    // The file brought a new tag: the tag filter asks again.
    await waitFor(() => expect(net.calls('GET', '/api/tags')).toHaveLength(2));

    await user.click(within(dialog).getByRole('button', { name: 'Fechar' }));
    expect(await screen.findByRole('row', { name: /Carla/ })).toBeInTheDocument();
    // Closing the report closes the dialog.
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('explains a file the server cannot read and lets another one be picked', async () => {
    const net = installFetch({
      'GET /api/tags': () => reply(200, { tags: [] }),
      'GET /api/contacts': () => reply(200, { contacts: [maria], nextCursor: null }),
      'POST /api/contacts/import': () => apiError(400, 'ERR_IMPORT_HEADER', { missing: 'number' }),
    });
    const { user } = renderApp('/contacts');

    await user.click(await screen.findByRole('button', { name: 'Importar CSV' }));
    const dialog = await screen.findByRole('dialog', { name: 'Importar contatos' });
    await user.upload(within(dialog).getByLabelText('Escolher arquivo CSV'), new File(['nome\nAna\n'], 'ruim.csv', { type: 'text/csv' }));

    expect(await within(dialog).findByText('O cabeçalho do CSV precisa das colunas nome e número.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Escolher arquivo CSV')).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: /^Importar \d/ })).not.toBeInTheDocument();
    expect(net.calls('POST', '/api/contacts/import').map(dryRunOf)).toEqual(['true']);
  });

  it('exports the address book through an authenticated request and a download', async () => {
    const createObjectURL = jest.fn(() => 'blob:contacts');
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicks: HTMLAnchorElement[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this);
    });
    const csvBlob = new Blob(['nome;numero\nMaria Silva;5511987654321\n'], { type: 'text/csv' });
    const net = installFetch({
      'GET /api/tags': () => reply(200, { tags: [] }),
      'GET /api/contacts': () => reply(200, { contacts: [maria], nextCursor: null }),
      'GET /api/contacts/export': () => ({ status: 200, blob: csvBlob }),
    });
    const { user } = renderApp('/contacts');

    await user.click(await screen.findByRole('button', { name: 'Exportar CSV' }));

    await waitFor(() => expect(clicks).toHaveLength(1));
    expect(net.calls('GET', '/api/contacts/export')[0]?.headers.Authorization).toBe('Bearer token-1');
    expect(createObjectURL).toHaveBeenCalledWith(csvBlob);
    expect(clicks[0]?.href).toBe('blob:contacts');
    expect(clicks[0]?.download).toMatch(/^contatos-\d{4}-\d{2}-\d{2}\.csv$/);
    await waitFor(() => expect(revokeObjectURL).toHaveBeenCalledWith('blob:contacts'));
    click.mockRestore();
  });

  it('reports a refused export in the snackbar', async () => {
    installFetch({
      'GET /api/tags': () => reply(200, { tags: [] }),
      'GET /api/contacts': () => reply(200, { contacts: [maria], nextCursor: null }),
      'GET /api/contacts/export': () => apiError(403, 'ERR_FORBIDDEN'),
    });
    const { user } = renderApp('/contacts');
    await user.click(await screen.findByRole('button', { name: 'Exportar CSV' }));
    expect(await screen.findByText('Você não tem permissão para esta ação.')).toBeInTheDocument();
  });
});
