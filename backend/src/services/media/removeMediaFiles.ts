import { rm } from 'node:fs/promises';
import { ctx } from '../../context.js';
import { mediaPathsInUse } from '../../db/messageMedia.js';
import { logger } from '../../lib/logger.js';
import { mediaFileOf } from '../../whatsapp/media/mediaFiles.js';

/**
 * Deletes the stored files of messages that are gone (or deleted for everyone). Call it after the commit
 * that removed them: a rolled-back deletion must still find its files. A file another live message still
 * points at is kept; a missing file is fine; a path that would leave MEDIA_DIR is never touched. Failures
 * are logged, not thrown: the rows are already gone, and a leftover file must not fail the request.
 */
export async function removeMediaFiles(paths: Iterable<string | null | undefined>): Promise<void> {
  const { config } = ctx();
  const candidates = [...new Set([...paths].filter((p): p is string => typeof p === 'string' && p.length > 0))];
  if (candidates.length === 0) return;
  const keep = await mediaPathsInUse(candidates);
  for (const path of candidates) {
    const file = keep.has(path) ? null : mediaFileOf(config.mediaDir, path);
    if (file) await rm(file, { force: true }).catch((err: unknown) => logger.warn('media file not deleted', { path, err: String(err) }));
  }
}

/** Deletes a deleted company's whole media directory (`MEDIA_DIR/<companyId>`), after its rows are gone. */
export async function removeCompanyMedia(companyId: number): Promise<void> {
  const dir = mediaFileOf(ctx().config.mediaDir, String(companyId));
  if (dir) await rm(dir, { recursive: true, force: true }).catch((err: unknown) => logger.warn('company media not deleted', { companyId, err: String(err) }));
}
