/** A value in cents as the reader's locale writes Brazilian reais ("R$ 1.234,56", "R$1,234.56"). */
export function formatCents(cents: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'currency', currency: 'BRL' }).format(cents / 100);
}

/** What someone typed as reais ("1.234,56", "1234.5", "R$ 80") in cents; null when it is not a non-negative amount. */
export function parseReais(text: string): number | null {
  let clean = text.replace(/[^\d.,]/g, '');
  if (clean === '') return text.trim() === '' ? 0 : null;
  const lastComma = clean.lastIndexOf(',');
  const lastDot = clean.lastIndexOf('.');
  // The right-most separator followed by one or two digits is the decimal one; the others group thousands.
  const decimalAt = Math.max(lastComma, lastDot);
  const decimals = decimalAt >= 0 ? clean.length - decimalAt - 1 : 0;
  if (decimalAt >= 0 && decimals > 0 && decimals <= 2) {
    clean = `${clean.slice(0, decimalAt).replace(/[.,]/g, '')}.${clean.slice(decimalAt + 1)}`;
  } else clean = clean.replace(/[.,]/g, '');
  const value = Number(clean);
  return Number.isFinite(value) ? Math.round(value * 100) : null;
}

/** Cents as the value field shows them for editing ("1234,56" in pt-BR). */
export function centsForInput(cents: number, language: string): string {
  return new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false }).format(cents / 100);
}
