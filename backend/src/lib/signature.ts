/**
 * The text as WhatsApp gets it from a signed message (issue 17): the attendant's name in bold and a line break
 * before it ("*Ana:*\nBom dia!"), the way Brazilian customers are used to. The stored body stays what the
 * attendant typed (search, previews and the AI read the words, not the name); a file without a caption is not
 * signed (there is no text to put the name on).
 */
export function signedText(body: string, signature: string | null | undefined): string {
  if (!signature || !body) return body;
  return `*${signature}:*\n${body}`;
}
