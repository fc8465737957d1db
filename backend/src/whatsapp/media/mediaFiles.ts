import { randomUUID } from 'node:crypto';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * Where a new file of a company goes: `<company>/<yyyy-mm>/<random uuid>` (the caller adds the extension),
 * relative to MEDIA_DIR so the directory can move. Names are generated: a sender's file name never reaches
 * the file system.
 */
export function newMediaPath(companyId: number, now = new Date()): string {
  const month = now.toISOString().slice(0, 7);
  return join(String(companyId), month, randomUUID());
}

/** The absolute path of a stored file, or null if the stored path would leave MEDIA_DIR (never trusted blindly). */
export function mediaFileOf(mediaDir: string, mediaPath: string): string | null {
  const root = resolve(mediaDir);
  const file = resolve(root, mediaPath);
  const inside = relative(root, file);
  if (!inside || inside.startsWith('..') || isAbsolute(inside) || !file.startsWith(root + sep)) return null;
  return file;
}
