import { csatRating } from '../../src/lib/csatRating.js';

// What counts as a rating: the whole message is one number 1–5, its word, or 1–5 stars.
it.each([
  ['5', 5],
  [' 4 ', 4],
  ['5!', 5],
  ['1.', 1],
  ['cinco', 5],
  ['Três', 3],
  ['tres', 3],
  ['TRÊS!', 3],
  ['Quatro', 4],
  ['dois', 2],
  ['duas', 2],
  ['um', 1],
  ['uma', 1],
  ['⭐⭐⭐⭐⭐', 5],
  ['⭐ ⭐ ⭐', 3],
  ['⭐️⭐️', 2],
  ['🌟', 1],
])('"%s" rates %i', (text, rating) => {
  expect(csatRating(text)).toBe(rating);
});

it.each(['ótimo!', '0', '6', '10', '5 estrelas', 'nota 5', 'cinco estrelas', '', '⭐⭐⭐⭐⭐⭐', '!!!', 'obrigado'])('"%s" is not a rating', (text) => {
  expect(csatRating(text)).toBeNull();
});
