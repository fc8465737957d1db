import type { Socket } from 'socket.io-client';
import { agentReply, type AgentReply, type FakeOpenAi, type SimContact, type WaSimulator } from '../../../simulator/src/index.js';
import { ctx } from '../../src/context.js';
import { applyLeadToContact } from '../../src/db/contactLeads.js';
import { attachAgent, createAgent, HANDOFF_MESSAGE, startAiApp } from '../support/ai.js';
import type { Json } from '../support/api.js';
import { ticketOf } from '../support/factories.js';
import { barrier, record } from '../support/sockets.js';
import type { TestApp } from '../support/testApp.js';
import { until } from '../support/waiting.js';

// Issue 13, acceptance 6: the lead score. What the model's answers collect over a conversation lands on the
// contact — the score moved by each answer's delta and clamped to 0–100, its bucket, the fields in pt-BR —
// in the turn that sends the reply (or hands over), announced to the screens; the inbox filters by bucket,
// per company; people set the score by hand.
const PHONE = '5511999990136';
let ai: FakeOpenAi;
let sim: WaSimulator;
let app: TestApp;
let stop: () => Promise<void>;
let token: string;
let socket: Socket;
let whatsappId: number;
let companyId: number;

beforeAll(async () => {
  const started = await startAiApp(PHONE, { AI_DEBOUNCE_MS: '200' });
  ({ ai, sim, app, stop, whatsappId } = started);
  token = started.admin.token;
  companyId = started.admin.user.companyId;
  socket = started.adminSocket;
  await attachAgent(app.api, token, { whatsappId }, await createAgent(app.api, token, ai, { maxTurns: 20 }));
}, 90_000);
afterAll(() => stop?.());

interface ContactEvent {
  action: string;
  contact: { id: number; leadScore: number | null; leadBucket: string | null };
}

/** The customer writes; the model answers `answer`; resolves with what the customer's phone received. */
async function turn(customer: SimContact, text: string, answer: Partial<AgentReply>): Promise<string> {
  ai.script({ json: agentReply({ confidence: 0.9, ...answer }) });
  await customer.sendText(sim.phone(PHONE), text);
  return (await customer.nextMessage({ timeoutMs: 30_000 })).text ?? '';
}

const contactOf = async (id: number) => (await app.api.get(`/api/contacts/${id}`, { token })).body.contact as Json;
const fieldsOf = (contact: Json) => Object.fromEntries((contact.extraInfo as { name: string; value: string }[]).map((f) => [f.name, f.value]));

it('moves the score by each answer’s delta, clamped at 100 and at 0, with its bucket, and keeps what the customer said in the contact’s fields', async () => {
  const heard = record<ContactEvent>(socket, 'contact');
  const ana = sim.contact('5511944441361', { pushName: 'Ana' });
  let contactId = 0;
  const score = async () => {
    const { leadScore, leadBucket } = await contactOf(contactId);
    return { leadScore, leadBucket };
  };

  // A greeting tells nothing: no score yet (not "cold"), no chip.
  expect(await turn(ana, 'Oi', { reply: 'Olá! Como posso ajudar?' })).toBe('Olá! Como posso ajudar?');
  const ticketId = (await ticketOf(ana.pn))!.id;
  const ticket = (await app.api.get(`/api/tickets/${ticketId}`, { token })).body.ticket;
  contactId = ticket.contact.id;
  expect(ticket.contact).toMatchObject({ name: 'Ana', leadScore: null, leadBucket: null });

  await turn(ana, 'Quero um corte e barba', { reply: 'Temos sim!', lead: { name: 'Ana Souza', interest: 'corte e barba' }, leadScoreDelta: 30 });
  expect(await score()).toEqual({ leadScore: 30, leadBucket: 'cold' });
  await turn(ana, 'Meu e-mail é ana@exemplo.com, tenho uns 100 reais', {
    reply: 'Anotado!',
    lead: { name: 'Ana Souza', interest: 'corte e barba', email: 'Ana@Exemplo.com', budget: 'R$ 100' },
    leadScoreDelta: 25,
  });
  expect(await score()).toEqual({ leadScore: 55, leadBucket: 'warm' });
  await turn(ana, 'Pode ser hoje? Só o corte', { reply: 'Pode!', lead: { interest: 'corte', urgency: 'hoje' }, leadScoreDelta: 60 });
  expect(await score()).toEqual({ leadScore: 100, leadBucket: 'hot' });
  await turn(ana, 'Fechado!', { reply: 'Até já!', leadScoreDelta: 30 });
  expect(await score()).toEqual({ leadScore: 100, leadBucket: 'hot' });

  const contact = await contactOf(contactId);
  // Her WhatsApp name stays hers; the name she gave sits beside it. The address fills the empty e-mail.
  expect(contact).toMatchObject({ name: 'Ana', email: 'ana@exemplo.com' });
  expect(contact.extraInfo).toEqual([
    { name: 'Interesse', value: 'corte' },
    { name: 'Nome', value: 'Ana Souza' },
    { name: 'Orçamento', value: 'R$ 100' },
    { name: 'Urgência', value: 'hoje' },
  ]);
  // Every change reached the screens as it was committed; the answer that changed nothing announced nothing (a
  // later event to the company room arrives after everything emitted before it).
  await barrier(socket, 'settings', () => app.api.put('/api/settings', { reopenWindowMinutes: 45 }, { token }));
  expect(heard.filter((e) => e.contact.id === contactId).map((e) => [e.contact.leadScore, e.contact.leadBucket])).toEqual([
    [30, 'cold'],
    [55, 'warm'],
    [100, 'hot'],
  ]);
  // The inbox card carries it.
  expect((await app.api.get(`/api/tickets/${ticketId}`, { token })).body.ticket.contact).toMatchObject({ leadScore: 100, leadBucket: 'hot' });

  await turn(ana, 'Na verdade desisti', { reply: 'Tudo bem!', leadScoreDelta: -70 });
  expect(await score()).toEqual({ leadScore: 30, leadBucket: 'cold' });
  await turn(ana, 'Não quero mais nada', { reply: 'Certo.', leadScoreDelta: -45 });
  expect(await score()).toEqual({ leadScore: 0, leadBucket: 'cold' });
  // A model that answers absurd numbers moves it only within the scale.
  await turn(ana, 'Tchau', { reply: 'Tchau!', leadScoreDelta: 1e12 });
  expect(await score()).toEqual({ leadScore: 100, leadBucket: 'hot' });
}, 240_000);

it('fills a placeholder name and an empty e-mail only, and applies the lead of the answer that hands over', async () => {
  // No push name: the contact is called by its number until someone knows better.
  const caio = sim.contact('5511944441362');
  await turn(caio, 'Bom dia', { reply: 'Bom dia! Com quem eu falo?' });
  const ticketId = (await ticketOf(caio.pn))!.id;
  const contactId = (await app.api.get(`/api/tickets/${ticketId}`, { token })).body.ticket.contact.id as number;
  expect((await contactOf(contactId)).name).toBe(caio.pn);

  await turn(caio, 'Caio Lima', { reply: 'Prazer, Caio!', lead: { name: 'Caio Lima' } });
  expect(await contactOf(contactId)).toMatchObject({ name: 'Caio Lima', leadScore: null, leadBucket: null, extraInfo: [] });

  // An address someone typed is kept; what the model read goes beside it, as does text that is no address.
  expect((await app.api.put(`/api/contacts/${contactId}`, { email: 'caio@trabalho.com' }, { token })).status).toBe(200);
  await turn(caio, 'Meu e-mail é caio@pessoal.com', { reply: 'Anotado.', lead: { name: 'Caio', email: 'caio@pessoal.com' }, leadScoreDelta: 10 });
  expect(await contactOf(contactId)).toMatchObject({
    name: 'Caio Lima',
    email: 'caio@trabalho.com',
    leadScore: 10,
    extraInfo: [
      { name: 'Nome', value: 'Caio' },
      { name: 'E-mail', value: 'caio@pessoal.com' },
    ],
  });

  // "I want to buy, call someone": the model hands over, and that answer's lead is the hottest of all.
  expect(
    await turn(caio, 'Quero comprar o plano anual, me passa para alguém', {
      reply: 'Vou chamar alguém.',
      handoff: true,
      handoffReason: 'quer comprar',
      lead: { interest: 'plano anual', email: 'caio arroba pessoal' },
      leadScoreDelta: 70,
    }),
  ).toBe(HANDOFF_MESSAGE);
  expect(await contactOf(contactId)).toMatchObject({
    leadScore: 80,
    leadBucket: 'hot',
    extraInfo: [
      { name: 'Nome', value: 'Caio' },
      { name: 'E-mail', value: 'caio arroba pessoal' },
      { name: 'Interesse', value: 'plano anual' },
    ],
  });
}, 120_000);

it('loses no update when answers for the same contact commit at once: the score and the fields are computed in the statement', async () => {
  const created = await app.api.post('/api/contacts', { name: 'Duda', number: '5511944441363', extraInfo: [{ name: 'CPF', value: '1' }] }, { token });
  const contactId = created.body.contact.id as number;
  const { sequelize } = ctx();
  // Twelve turns of as many conversations (each in its own transaction), all at once: +9 each, one field each.
  await Promise.all(
    Array.from({ length: 12 }, (_, i) =>
      sequelize.transaction((transaction) =>
        applyLeadToContact(transaction, companyId, contactId, {
          delta: 9,
          fields: [{ name: `Campo ${i}`, value: `${i}` }],
          name: null,
          nameField: 'Nome',
          email: null,
          emailField: 'E-mail',
        }),
      ),
    ),
  );
  const contact = await contactOf(contactId);
  expect(contact.leadScore).toBe(100); // 12 × 9 = 108, clamped
  expect(Object.keys(fieldsOf(contact)).sort()).toEqual(['CPF', ...Array.from({ length: 12 }, (_, i) => `Campo ${i}`)].sort());
  // A contact full of fields (20) keeps its fields and takes no more; values of the ones it has still change.
  await app.api.put(`/api/contacts/${contactId}`, { extraInfo: Array.from({ length: 20 }, (_, i) => ({ name: `F${i}`, value: 'x' })) }, { token });
  await sequelize.transaction((transaction) =>
    applyLeadToContact(transaction, companyId, contactId, {
      delta: 0,
      fields: [
        { name: 'f3', value: 'novo' },
        { name: 'Interesse', value: 'nada' },
      ],
      name: null,
      nameField: 'Nome',
      email: null,
      emailField: 'E-mail',
    }),
  );
  const full = await contactOf(contactId);
  expect(full.extraInfo).toHaveLength(20);
  expect(fieldsOf(full)).toMatchObject({ F3: 'novo', F2: 'x' });
});

it('filters the inbox by lead bucket, per company: hot ≥ 70, warm 40–69, cold below 40, unscored in none', async () => {
  const make = async (name: string, number: string, leadScore: number | null) => {
    const contact = (await app.api.post('/api/contacts', { name, number }, { token })).body.contact;
    if (leadScore !== null) expect((await app.api.put(`/api/contacts/${contact.id}`, { leadScore }, { token })).status).toBe(200);
    const started = await app.api.post('/api/tickets', { contactId: contact.id, whatsappId }, { token });
    expect(started.status).toBe(201);
    return started.body.ticket.id as number;
  };
  const tickets = {
    hot: [await make('Quente 100', '5511944441371', 100), await make('Quente 70', '5511944441372', 70)],
    warm: [await make('Morno 69', '5511944441373', 69), await make('Morno 40', '5511944441374', 40)],
    cold: [await make('Frio 39', '5511944441375', 39), await make('Frio 0', '5511944441376', 0)],
    none: [await make('Sem nota', '5511944441377', null)],
  };
  const mine = Object.values(tickets).flat();

  // Another company's hot contact and ticket: never in this company's list, and the other way round.
  await app.api.post('/api/companies', { name: 'Empresa B', admin: { name: 'Bia', email: 'bia@b.test', password: 'bia-pass-1234' } }, { token });
  const b = await app.api.login('bia@b.test', 'bia-pass-1234');
  const bWhatsapp = (await app.api.post('/api/whatsapps', { name: 'B' }, { token: b.token })).body.whatsapp.id;
  const bContact = (await app.api.post('/api/contacts', { name: 'Quente B', number: '5511944441378' }, { token: b.token })).body.contact;
  await app.api.put(`/api/contacts/${bContact.id}`, { leadScore: 95 }, { token: b.token });
  const bTicket = (await app.api.post('/api/tickets', { contactId: bContact.id, whatsappId: bWhatsapp }, { token: b.token })).body.ticket.id as number;

  const list = async (who: string, lead: string) => {
    const res = await app.api.get(`/api/tickets?status=open&lead=${lead}&limit=100`, { token: who });
    expect(res.status).toBe(200);
    return res.body.tickets as { id: number; contact: { leadScore: number | null; leadBucket: string | null } }[];
  };
  for (const bucket of ['hot', 'warm', 'cold'] as const) {
    const found = await list(token, bucket);
    expect(found.every((t) => t.contact.leadBucket === bucket)).toBe(true);
    expect(
      found
        .map((t) => t.id)
        .filter((id) => mine.includes(id) || id === bTicket)
        .sort(),
    ).toEqual([...tickets[bucket]].sort());
  }
  expect((await list(b.token, 'hot')).map((t) => t.id)).toEqual([bTicket]);
  expect(await list(b.token, 'cold')).toEqual([]);
  // Without the filter, every one of them is listed, the unscored one with no bucket.
  const all = (await app.api.get('/api/tickets?status=open&limit=100', { token })).body.tickets as { id: number; contact: Json }[];
  expect(all.find((t) => t.id === tickets.none[0])!.contact).toMatchObject({ leadScore: null, leadBucket: null });
  expect(mine.every((id) => all.some((t) => t.id === id))).toBe(true);

  const bad = await app.api.get('/api/tickets?lead=lukewarm', { token });
  expect([bad.status, bad.body.error.code]).toEqual([400, 'ERR_VALIDATION']);
});

it('lets people set the score by hand, 0–100 or null, and refuses anything else', async () => {
  const heard = record<ContactEvent>(socket, 'contact');
  const contactId = (await app.api.post('/api/contacts', { name: 'Eva', number: '5511944441364' }, { token })).body.contact.id as number;
  for (const leadScore of [101, -1, 50.5, '80', true]) {
    const res = await app.api.put(`/api/contacts/${contactId}`, { leadScore }, { token });
    expect({ leadScore, status: res.status, code: res.body.error?.code }).toEqual({ leadScore, status: 400, code: 'ERR_VALIDATION' });
  }
  expect(await contactOf(contactId)).toMatchObject({ leadScore: null, leadBucket: null });
  for (const [leadScore, leadBucket] of [
    [70, 'hot'],
    [69, 'warm'],
    [40, 'warm'],
    [39, 'cold'],
    [0, 'cold'],
    [null, null],
  ] as const) {
    const res = await app.api.put(`/api/contacts/${contactId}`, { leadScore }, { token });
    expect(res.status).toBe(200);
    expect(res.body.contact).toMatchObject({ leadScore, leadBucket });
  }
  const updates = () => heard.filter((e) => e.action === 'updated' && e.contact.id === contactId);
  await until(
    () => updates().length,
    (n) => n === 6,
    'six contact events',
  );
  expect(updates().map((e) => e.contact.leadBucket)).toEqual(['hot', 'warm', 'warm', 'cold', 'cold', null]);
});
