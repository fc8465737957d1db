import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { NextFunction, Request, Response } from 'express';
import multer from 'multer';
import { AppError } from '../../errors/AppError.js';

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
