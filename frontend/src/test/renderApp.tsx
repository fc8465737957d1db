import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { AppProviders } from '../AppProviders';
import { AppRoutes } from '../AppRoutes';
import { session } from '../api/session';
import { i18n } from '../i18n';

/** The whole app at `path`, as main.tsx mounts it, but with an in-memory router and no query retries. */
export function renderApp(path: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const user = userEvent.setup();
  const view = render(
    <AppProviders queryClient={queryClient}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
      </MemoryRouter>
    </AppProviders>,
  );
  return { user, queryClient, ...view };
}

/** Module-level state (session, language, storage) must not leak from one test into the next. */
export async function resetAppState(): Promise<void> {
  session.clear();
  localStorage.clear();
  await i18n.changeLanguage('pt-BR');
}
