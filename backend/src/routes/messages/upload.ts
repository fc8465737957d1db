import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { NextFunction, Request, Response } from 'express';
import multer from 'multer';
import { AppError } from '../../errors/AppError.js';
import { safeFileName } from '../../lib/safeFileName.js';
import { classifyUpload, type ClassifiedUpload } from '../../services/messages/classifyUpload.js';

/**
 * One optional file field, `file`, written under MEDIA_DIR/<company>/outbound with a generated name: the
 * client's file name never touches the disk. Size is capped here; the type is judged later from the bytes.
 */
export function singleUpload(mediaDir: string, maxBytes: number) {
  const storage = multer.diskStorage({
    destination: (req, _file, done) => {
      const dir = join(mediaDir, String(req.actor?.companyId ?? 'unknown'), 'outbound');
      try {
        mkdirSync(dir, { recursive: true });
        done(null, dir);
      } catch (err) {
        done(err as Error, dir);
      }
    },
    filename: (_req, _file, done) => done(null, randomUUID()),
  });
  const handler = multer({ storage, limits: { fileSize: maxBytes, files: 1, fields: 10, fieldSize: 16 * 1024 } }).single('file');
  return (req: Request, res: Response, next: NextFunction) => {
    if (!req.is('multipart/form-data')) return next();
    handler(req, res, (err: unknown) => {
      if (!err) return next();
      if (err instanceof multer.MulterError) {
        if (err.code === 'LIMIT_FILE_SIZE') return next(new AppError('ERR_FILE_TOO_LARGE', 413, 'The file is too large', { maxBytes }));
        return next(AppError.badRequest('ERR_INVALID_UPLOAD', err.message));
      }
      next(err);
    });
  };
}

/** An uploaded file something keeps (a quick reply's, a campaign's): its path relative to MEDIA_DIR. */
export interface KeptUpload extends ClassifiedUpload {
  path: string;
  fileName: string;
  size: number;
}

/**
 * The request's one file (multipart field `file`, after singleUpload) handed to `keep`: judged by its bytes, its
 * name decoded. Refused — missing, not a file we send, or `keep` throwing (a bad id, not found) — it leaves
 * nothing on disk.
 */
export async function keepUploadedFile<T>(req: Request, mediaDir: string, keep: (file: KeptUpload) => Promise<T>): Promise<T> {
  const file = req.file;
  try {
    if (!file) throw AppError.badRequest('ERR_INVALID_UPLOAD', 'Send the file as multipart field "file"');
    const kind = await classifyUpload(file.path, file.mimetype);
    // busboy reads header names as latin1; browsers send UTF-8 ("cardápio.pdf").
    const fileName = safeFileName(Buffer.from(file.originalname, 'latin1').toString('utf8'));
    return await keep({ ...kind, path: relative(mediaDir, file.path), fileName, size: file.size });
  } catch (err) {
    if (file) await unlink(file.path).catch(() => undefined);
    throw err;
  }
}
