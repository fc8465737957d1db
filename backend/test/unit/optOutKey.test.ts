import { isOptOutText, optOutKey } from '../../src/lib/optOutKey.js';

// What counts as "the customer asked to leave": the whole message is a keyword, however typed.
const KEYWORDS = ['SAIR', 'PARAR', 'STOP', 'CANCELAR', 'não quero'];

it.each(['Sair!', 'sair', '  SAIR  ', 'sáir', 'Parar...', '¡STOP!', 'cancelar 🙏', 'Não   quero.', 'nao quero'])('"%s" opts out', (text) => {
  expect(isOptOutText(text, KEYWORDS)).toBe(true);
});

it.each(['não quero sair', 'sair?? como assim', 'sairei', 'parar de receber', '', '!!!', 'stop it'])('"%s" does not', (text) => {
  expect(isOptOutText(text, KEYWORDS)).toBe(false);
});

it('turns the keywords off with an empty list, and never matches an empty keyword', () => {
  expect(isOptOutText('sair', [])).toBe(false);
  expect(isOptOutText('!', ['!'])).toBe(false);
  expect(optOutKey(' Ça  VA! ')).toBe('ca va');
});
