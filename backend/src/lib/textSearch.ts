// Searching text the way people type it: "joao" finds "João", "FRETE GRATIS" finds "frete grátis".
// Both sides are folded in SQL, with the very function the trigram indexes of migration 0018 are built on, so
// a condition written with `folded(column)` is served by them; the searched text is folded by PostgreSQL too
// (no second copy of unaccent's rules here), once per statement (an immutable expression of a constant).

/** Escapes LIKE's wildcards and its escape character, so typed text matches literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** SQL: `expr` without accents, in lower case — the expression of the *_folded_trgm indexes. */
export function folded(expr: string): string {
  return `lower(immutable_unaccent(${expr}))`;
}

/**
 * SQL: a LIKE pattern finding the text of `param` (a replacement or bind placeholder holding what was typed)
 * anywhere in a folded column. The wildcards are escaped after folding: a few characters fold into one
 * (full-width "％" into "%").
 */
export function foldedContains(param: string): string {
  return `'%' || regexp_replace(${folded(param)}, '([\\\\%_])', '\\\\\\1', 'g') || '%'`;
}
