import { fileTypeFromFile } from 'file-type';

// The file's own bytes decide its type, not what the sender declared: a "photo" that is really an HTML
// page must never be served as one. file-type reads only the bytes it needs from the stored file.

// Containers that several declared types share: the declared one is kept when the bytes agree with it.
const SAME_CONTAINER: Record<string, RegExp> = {
  'application/zip': /^application\/(vnd\.openxmlformats-|vnd\.oasis\.opendocument\.|epub\+zip|vnd\.android\.package-archive|java-archive)/,
  'application/x-cfb': /^application\/(msword|vnd\.ms-(excel|powerpoint|outlook)|x-msi)$/,
};
// Families whose real members file-type always recognises: a declared one it does not is a disguise.
const SNIFFABLE = /^(image|audio|video)\/|^application\/pdf$/;
// Types a browser would run (scripts, markup): kept only as opaque bytes.
const ACTIVE = /(html|xml|javascript|ecmascript|svg)/;
const MIME_SYNTAX = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/;

export interface ResolvedType {
  mimeType: string;
  /** For the generated file name only; with a leading dot. */
  extension: string;
}

const TEXT_EXTENSIONS: Record<string, string> = { 'text/plain': '.txt', 'text/csv': '.csv', 'text/vcard': '.vcf', 'application/json': '.json' };

/** The type a stored file is served with: proven by its bytes, or declared when the bytes cannot disprove it. */
export async function resolveFileType(file: string, declaredMime: string | null): Promise<ResolvedType> {
  const essence = declaredMime?.split(';')[0]!.trim().toLowerCase() ?? '';
  const declared = MIME_SYNTAX.test(essence) && essence.length <= 127 ? essence : '';
  const sniffed = await fileTypeFromFile(file);
  if (sniffed) {
    const mimeType = SAME_CONTAINER[sniffed.mime]?.test(declared) ? declared : sniffed.mime;
    return { mimeType, extension: `.${sniffed.ext}` };
  }
  // Text (plain, csv, vcard) has no signature; it is harmless when served with nosniff.
  if (!declared || SNIFFABLE.test(declared) || ACTIVE.test(declared)) return { mimeType: 'application/octet-stream', extension: '.bin' };
  return { mimeType: declared, extension: TEXT_EXTENSIONS[declared] ?? '.bin' };
}

/** Types a browser may show in place (with a sandboxing CSP); everything else is served as an attachment. */
export function isInlineSafe(mime: string): boolean {
  return /^(image\/(jpeg|png|gif|webp)|audio\/[a-z0-9.+-]+|video\/[a-z0-9.+-]+|application\/pdf)(;.*)?$/.test(mime);
}
