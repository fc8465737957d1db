import { initials } from './initials';

/** A UTF-16 surrogate without its pair: what showed up as a broken character in the avatar. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('initials', () => {
  it.each([
    ['Maria da Silva', 'MS'],
    ['ana', 'A'],
    ['  João   Souza  ', 'JS'],
    ['Érica Müller', 'ÉM'],
    ['11 Lojas', '1L'],
  ])('takes the first and last initials of %p → %p', (name, expected) => {
    expect(initials(name)).toBe(expected);
  });

  it.each([
    ['Ana 🌻', 'A'],
    ['Ana Souza 🌻', 'AS'],
    ['🌻 Flores', 'F'],
    ['Bruno 👨‍👩‍👧', 'B'],
    ['Carla 🇧🇷 Lima', 'CL'],
  ])('skips words that are emoji, never splitting one: %p → %p', (name, expected) => {
    expect(initials(name)).toBe(expected);
    expect(initials(name)).not.toMatch(LONE_SURROGATE);
  });

  it('keeps a letter written with a combining accent whole', () => {
    expect(initials('E\u0301rica Lima')).toBe('E\u0301L'); // "Érica", the accent as its own code point
  });

  it.each([
    ['🌻', '🌻'],
    ['🌻🌻 🎉', '🌻'],
    ['👨‍👩‍👧', '👨‍👩‍👧'],
    ['🇧🇷', '🇧🇷'],
  ])('shows the first emoji whole when the name is only emoji: %p → %p', (name, expected) => {
    expect(initials(name)).toBe(expected);
  });

  it('shows "?" for an empty name', () => {
    expect(initials('   ')).toBe('?');
  });
});
