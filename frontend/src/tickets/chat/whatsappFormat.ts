// WhatsApp's own text formatting, parsed into a small tree that is rendered as React elements (never as HTML):
// `*bold*`, `_italic_`, `~strike~`, `inline code`, ```monospace``` (may span lines), and line-level lists
// ("* ", "- ", "1. ") and quotes ("> "). A hand-written parser rather than a markdown package: WhatsApp's rules
// are not markdown's (one `*` is bold, `_` is italic, markers only count at word edges, no HTML, no images),
// and a markdown renderer would turn `#`, `[x](y)` or `<b>` in a customer's text into structure they never meant.

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'bold' | 'italic' | 'strike'; children: Inline[] }
  | { kind: 'code'; text: string }
  | { kind: 'link'; text: string; href: string };

export type Block =
  | { kind: 'line'; children: Inline[] }
  | { kind: 'bullet'; children: Inline[] }
  | { kind: 'numbered'; number: string; children: Inline[] }
  | { kind: 'quote'; children: Inline[] }
  | { kind: 'mono'; text: string };

const STYLE = { '*': 'bold', _: 'italic', '~': 'strike' } as const;
type StyleMarker = keyof typeof STYLE;
const isStyleMarker = (c: string): c is StyleMarker => Object.hasOwn(STYLE, c);

/** Only web addresses become links: `javascript:`, `data:` and friends stay text. */
const URL_AT = /^(?:https?:\/\/|www\.)[^\s<>"]+/i;
/** Punctuation that ends a sentence rather than an address ("veja https://x.com." or "(https://x.com)"). */
const URL_TAIL = /[.,;:!?*_~`'")\]}]+$/;

const wordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const space = (c: string | undefined) => c === undefined || /\s/.test(c);

/** The http(s) address a link opens, or undefined when the text is no safe web address. */
export function safeHref(raw: string): string | undefined {
  const candidate = /^www\./i.test(raw) ? `https://${raw}` : raw;
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function linkAt(text: string, i: number): { text: string; href: string } | undefined {
  if (wordChar(text[i - 1])) return undefined; // "xhttps://" is not an address start
  const match = URL_AT.exec(text.slice(i));
  if (!match) return undefined;
  const raw = match[0].replace(URL_TAIL, '');
  const href = raw.length > 4 ? safeHref(raw) : undefined;
  return href ? { text: raw, href } : undefined;
}

/**
 * Where the span opened by `marker` at `open` closes, following WhatsApp: the opener stands at a word's start
 * (not inside "2*3*4" or "snake_case_name") and is followed by a non-space; the closer follows a non-space
 * and ends a word.
 */
function closerOf(text: string, open: number, marker: string): number | undefined {
  if (wordChar(text[open - 1]) || space(text[open + 1]) || text[open + 1] === marker) return undefined;
  for (let j = open + 2; j < text.length; j++) {
    if (text[j] !== marker) continue;
    if (!space(text[j - 1]) && !wordChar(text[j + 1])) return j;
  }
  return undefined;
}

/** One line's inline formatting. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let plain = '';
  const flush = () => {
    if (plain) out.push({ kind: 'text', text: plain });
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const link = c === 'h' || c === 'H' || c === 'w' || c === 'W' ? linkAt(text, i) : undefined;
    if (link) {
      flush();
      out.push({ kind: 'link', ...link });
      i += link.text.length;
      continue;
    }
    if (c === '`' || isStyleMarker(c)) {
      const close = closerOf(text, i, c);
      if (close !== undefined) {
        flush();
        const inner = text.slice(i + 1, close);
        out.push(c === '`' ? { kind: 'code', text: inner } : { kind: STYLE[c], children: parseInline(inner) });
        i = close + 1;
        continue;
      }
    }
    plain += c;
    i++;
  }
  flush();
  return out;
}

function parseLine(line: string): Block {
  const bullet = /^\s*[*\-•] (.*)$/.exec(line);
  if (bullet) return { kind: 'bullet', children: parseInline(bullet[1]!) };
  const numbered = /^\s*(\d{1,3})[.)] (.*)$/.exec(line);
  if (numbered) return { kind: 'numbered', number: numbered[1]!, children: parseInline(numbered[2]!) };
  const quote = /^> ?(.*)$/.exec(line);
  if (quote) return { kind: 'quote', children: parseInline(quote[1]!) };
  return { kind: 'line', children: parseInline(line) };
}

/** A whole message: monospace blocks first (their content is literal), then line by line. */
export function parseWhatsapp(text: string): Block[] {
  const blocks: Block[] = [];
  const pushLines = (chunk: string) => {
    if (!chunk) return;
    for (const line of chunk.split('\n')) blocks.push(parseLine(line));
  };
  const mono = /```([\s\S]+?)```/g;
  let last = 0;
  for (let m = mono.exec(text); m; m = mono.exec(text)) {
    pushLines(text.slice(last, m.index).replace(/\n$/, ''));
    blocks.push({ kind: 'mono', text: m[1]! });
    last = m.index + m[0].length;
    if (text[last] === '\n') last++;
  }
  pushLines(text.slice(last));
  return blocks;
}

function inlineText(nodes: Inline[]): string {
  return nodes.map((n) => ('children' in n ? inlineText(n.children) : n.text)).join('');
}

/** The text as a reader sees it, without the markers: for one-line previews (ticket cards, notifications). */
export function plainWhatsapp(text: string): string {
  return parseWhatsapp(text)
    .map((b) => {
      if (b.kind === 'mono') return b.text;
      const body = inlineText(b.children);
      if (b.kind === 'bullet') return `• ${body}`;
      if (b.kind === 'numbered') return `${b.number}. ${body}`;
      return body;
    })
    .join('\n');
}

/** Whether the text uses any formatting (the composer shows its preview only then). */
export function hasWhatsappFormatting(text: string): boolean {
  return parseWhatsapp(text).some((b) => b.kind !== 'line' || b.children.some((n) => n.kind !== 'text'));
}
