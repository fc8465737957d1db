import { QueryClient } from '@tanstack/react-query';
import { act, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { AppProviders } from '../AppProviders';
import { session } from '../api/session';
import { ContactsTable } from '../contacts/ContactsTable';
import { makeContact } from '../contacts/contactFixtures';
import { i18n } from '../i18n';
import { fakeIo } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { resetAppState } from '../test/renderApp';
import { makeTicket } from '../test/ticketFixtures';
import { TicketCard } from './TicketCard';
import type { Ticket } from './ticketsApi';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

beforeEach(async () => {
  await resetAppState();
  session.set({ accessToken: 'token-1', user: makeUser({ profile: 'user' }) });
});

function renderCards(tickets: Ticket[]) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <AppProviders queryClient={client}>
      <MemoryRouter>
        <ul>
          {tickets.map((ticket) => (
            <li key={ticket.id}>
              <TicketCard ticket={ticket} queue={undefined} selected={false} />
            </li>
          ))}
        </ul>
      </MemoryRouter>
    </AppProviders>,
  );
}

const scored = (name: string, leadScore: number | null, leadBucket: Ticket['contact']['leadBucket']) =>
  makeTicket({ contact: { id: leadScore ?? 0, name, number: '5511900000001', leadScore, leadBucket } });

// The chip is no control of its own (the card is the link): found by its title, which says it in full.
const chipOf = (name: string) => within(screen.getByRole('link', { name })).queryByTitle(/\b(Lead|lead)\b/);

describe('Lead chip', () => {
  it('shows the bucket and score on the inbox card, red, orange or blue, and nothing for an unscored contact', () => {
    renderCards([scored('Ana', 85, 'hot'), scored('Beto', 40, 'warm'), scored('Caio', 0, 'cold'), scored('Duda', null, null)]);
    expect(chipOf('Ana')).toHaveTextContent('Quente 85');
    expect(chipOf('Ana')).toHaveAttribute('title', 'Lead Quente: pontuação 85 de 100');
    expect(chipOf('Ana')).toHaveClass('MuiChip-colorError');
    expect(chipOf('Beto')).toHaveTextContent('Morno 40');
    expect(chipOf('Beto')).toHaveClass('MuiChip-colorWarning');
    expect(chipOf('Caio')).toHaveTextContent('Frio 0');
    expect(chipOf('Caio')).toHaveClass('MuiChip-colorInfo');
    expect(chipOf('Duda')).toBeNull();
  });

  it.each([
    ['en', ['Hot 85', 'Warm 40', 'Cold 0'], 'Hot lead: score 85 of 100'],
    ['es', ['Caliente 85', 'Tibio 40', 'Frío 0'], 'Lead Caliente: puntuación 85 de 100'],
  ])('speaks %s', async (language, texts, title) => {
    await act(() => i18n.changeLanguage(language));
    renderCards([scored('Ana', 85, 'hot'), scored('Beto', 40, 'warm'), scored('Caio', 0, 'cold')]);
    expect(['Ana', 'Beto', 'Caio'].map((name) => chipOf(name)?.textContent)).toEqual(texts);
    expect(chipOf('Ana')).toHaveAttribute('title', title);
  });

  it('shows it in the contacts list, in its own column', () => {
    const client = new QueryClient();
    const hot = makeContact({ name: 'Eva Quente', leadScore: 91, leadBucket: 'hot' });
    const none = makeContact({ name: 'Fábio Sem Nota' });
    const noop = () => undefined;
    render(
      <AppProviders queryClient={client}>
        <ContactsTable contacts={[hot, none]} canDelete={false} onEdit={noop} onDelete={noop} onStartConversation={noop} onScheduleMessage={noop} />
      </AppProviders>,
    );
    const table = screen.getByRole('table', { name: 'Lista de contatos' });
    expect(within(table).getByRole('columnheader', { name: 'Lead' })).toBeInTheDocument();
    const [, hotRow, noneRow] = within(table).getAllByRole('row');
    expect(within(hotRow!).getByTitle('Lead Quente: pontuação 91 de 100')).toHaveTextContent('Quente 91');
    expect(within(noneRow!).queryByTitle(/^Lead /)).toBeNull();
  });
});

describe('A contact nobody named yet', () => {
  it('is shown by its number written the way people read it, and by its name once it has one', () => {
    renderCards([
      makeTicket({ id: 1, contact: { id: 1, name: '5511986148828', number: '5511986148828', leadScore: null, leadBucket: null } }),
      makeTicket({ id: 2, contact: { id: 2, name: 'Otávio', number: '5511986140000', leadScore: null, leadBucket: null } }),
    ]);
    expect(screen.getByRole('link', { name: /^\+55 11 98614-8828/ })).toHaveTextContent('+55 11 98614-8828');
    expect(screen.queryByText('5511986148828')).toBeNull();
    // No "5" for initials: the avatar's own person icon.
    expect(within(screen.getByRole('link', { name: /^\+55 11 98614-8828/ })).getByTestId('PersonIcon')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Otávio/ })).toHaveTextContent('Otávio');
  });
});
