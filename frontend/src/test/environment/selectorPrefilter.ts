/**
 * Which classes an element must carry to match a CSS selector, read from the selector's text alone: a rule
 * whose rightmost compound is `.a.b:hover` can only match an element with both classes `a` and `b`. Browsers
 * index their rules this way; jsdom tries every rule on every element (see jsdomEnvironment.ts).
 *
 * The answer is one list of classes per comma-separated alternative, or null when the text cannot be read
 * with certainty (an alternative without a class in its rightmost compound, quotes, escapes, non-ASCII):
 * null means "ask the selector engine", never "no match".
 */
export function requiredClasses(selector: unknown): string[][] | null {
  // Escapes, quoted strings and non-ASCII identifiers are left to the real parser.
  if (typeof selector !== 'string' || /[\\"']|[^\x20-\x7e\t\n\f\r]/.test(selector)) return null;
  const alternatives: string[][] = [];
  for (const alternative of splitTopLevel(selector, (c) => c === ',')) {
    const compounds = splitTopLevel(alternative.trim(), (c) => /[\s>+~]/.test(c));
    const classes = topLevelClasses(compounds.at(-1) ?? '');
    if (!classes?.length) return null;
    alternatives.push(classes);
  }
  return alternatives.length ? alternatives : null;
}

/** True unless the element's class attribute lacks a class every alternative of the selector needs. */
export function mayMatch(required: string[][] | null, classes: ReadonlySet<string>): boolean {
  return required === null || required.some((alternative) => alternative.every((name) => classes.has(name)));
}

/** The classes of a `class` attribute, split as the selector engine does (on JavaScript's `\s`). */
export function classSet(attribute: string | null): Set<string> {
  return new Set((attribute ?? '').split(/\s+/).filter(Boolean));
}

/** Splits at the characters `isSeparator` accepts outside parentheses and brackets (`:not(.a, .b)`, `[x]`). */
function splitTopLevel(text: string, isSeparator: (c: string) => boolean): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (depth === 0 && isSeparator(c)) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** `.a.b:hover:not(.c)` → ['a', 'b']; null for a `.` not followed by a plain identifier. */
function topLevelClasses(compound: string): string[] | null {
  const classes: string[] = [];
  let depth = 0;
  for (let i = 0; i < compound.length; i++) {
    const c = compound.charAt(i);
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (depth === 0 && c === '.') {
      const name = /^-?[A-Za-z_][\w-]*/.exec(compound.slice(i + 1))?.[0];
      if (!name) return null;
      classes.push(name);
      i += name.length;
    }
  }
  return classes;
}
