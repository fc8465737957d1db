import { greetingFor, renderTemplate } from '../../src/lib/templateVariables.js';

const SP = 'America/Sao_Paulo';
const context = { contactName: 'Ana Maria Souza', contactNumber: '5511988887777', attendantName: 'Bruno', timezone: SP };

it('renders the contact, the number and the attendant', () => {
  expect(renderTemplate('Olá {{name}} ({{number}}), aqui é {{attendant}}. Tudo bem, {{ firstName }}?', context)).toBe(
    'Olá Ana Maria Souza (5511988887777), aqui é Bruno. Tudo bem, Ana?',
  );
});

it('greets by the company’s clock, capitalised when it opens a sentence', () => {
  const morning = new Date('2026-01-19T12:00:00Z'); // 09:00 in São Paulo, 12:00 in UTC
  expect(renderTemplate('{{greeting}}, {{firstName}}! Posso ajudar? Desejo um {{greeting}}.', { ...context, at: morning })).toBe(
    'Bom dia, Ana! Posso ajudar? Desejo um bom dia.',
  );
  expect(renderTemplate('{{greeting}}', { ...context, timezone: 'UTC', at: morning })).toBe('Boa tarde');
});

it('says bom dia from 05:00, boa tarde from 12:00, boa noite from 18:00 and in the small hours', () => {
  const at = (hhmm: string) => new Date(`2026-01-19T${hhmm}:00-03:00`);
  expect(greetingFor(SP, at('04:59'))).toBe('boa noite');
  expect(greetingFor(SP, at('05:00'))).toBe('bom dia');
  expect(greetingFor(SP, at('11:59'))).toBe('bom dia');
  expect(greetingFor(SP, at('12:00'))).toBe('boa tarde');
  expect(greetingFor(SP, at('17:59'))).toBe('boa tarde');
  expect(greetingFor(SP, at('18:00'))).toBe('boa noite');
  expect(greetingFor(SP, at('23:59'))).toBe('boa noite');
});

it('leaves unknown variables exactly as typed', () => {
  expect(renderTemplate('Pedido {{order}} de {{ Name }} {{name}', context)).toBe('Pedido {{order}} de {{ Name }} {{name}');
});

it('renders missing values as nothing rather than "null"', () => {
  expect(renderTemplate('[{{name}}|{{firstName}}|{{number}}|{{attendant}}]', { timezone: SP })).toBe('[|||]');
});

it('does not re-render values that look like placeholders', () => {
  expect(renderTemplate('Oi {{name}}', { ...context, contactName: '{{attendant}}' })).toBe('Oi {{attendant}}');
});
