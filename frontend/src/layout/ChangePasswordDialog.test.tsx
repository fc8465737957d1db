import { screen, within } from '@testing-library/react';
import { session } from '../api/session';
import { apiError, installFetch, reply } from '../test/fakeFetch';
import { fakeIo } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

const admin = makeUser({ name: 'Ana Admin', profile: 'admin' });

beforeEach(async () => {
  await resetAppState();
  session.set({ accessToken: 'token-1', user: admin });
});

async function openDialog() {
  const view = renderApp('/users');
  await view.user.click(await screen.findByRole('button', { name: 'Menu do usuário: Ana Admin' }));
  await view.user.click(await screen.findByRole('menuitem', { name: 'Alterar senha' }));
  return { ...view, dialog: await screen.findByRole('dialog', { name: 'Alterar senha' }) };
}

describe('change password dialog', () => {
  it('checks the confirmation, then shows the translated server error', async () => {
    const net = installFetch({
      'GET /api/users': () => reply(200, { users: [admin], nextCursor: null }),
      'PUT /api/auth/password': () => apiError(400, 'ERR_WRONG_PASSWORD'),
    });
    const { user, dialog } = await openDialog();

    await user.type(within(dialog).getByLabelText('Senha atual'), 'old-password');
    await user.type(within(dialog).getByLabelText('Nova senha'), 'new-password-1');
    await user.type(within(dialog).getByLabelText('Confirme a nova senha'), 'new-password-2');
    await user.click(within(dialog).getByRole('button', { name: 'Salvar' }));
    expect(await within(dialog).findByText('As senhas não conferem')).toBeInTheDocument();
    expect(net.calls('PUT', '/api/auth/password')).toHaveLength(0);

    await user.clear(within(dialog).getByLabelText('Confirme a nova senha'));
    await user.type(within(dialog).getByLabelText('Confirme a nova senha'), 'new-password-1');
    await user.click(within(dialog).getByRole('button', { name: 'Salvar' }));
    expect(await within(dialog).findByText('A senha atual está incorreta.')).toBeInTheDocument();
    expect(net.calls('PUT', '/api/auth/password')[0]?.body).toEqual({ currentPassword: 'old-password', newPassword: 'new-password-1' });
  });

  it('keeps the session with the new token the server returns', async () => {
    installFetch({
      'GET /api/users': () => reply(200, { users: [admin], nextCursor: null }),
      'PUT /api/auth/password': () => reply(200, { accessToken: 'token-2', user: admin }),
    });
    const { user, dialog } = await openDialog();

    await user.type(within(dialog).getByLabelText('Senha atual'), 'old-password');
    await user.type(within(dialog).getByLabelText('Nova senha'), 'new-password-1');
    await user.type(within(dialog).getByLabelText('Confirme a nova senha'), 'new-password-1');
    await user.click(within(dialog).getByRole('button', { name: 'Salvar' }));

    expect(await screen.findByText('Senha alterada')).toBeInTheDocument();
    expect(session.token()).toBe('token-2');
  });
});
