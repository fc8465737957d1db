import express, { type NextFunction, type Request, type Response } from 'express';
import multer from 'multer';
import { AppError } from '../../errors/AppError.js';
import { CONTACT_LIMITS } from '../../services/contacts/limits.js';

const tooLarge = () => new AppError('ERR_IMPORT_TOO_LARGE', 413, 'The file is too large', { maxBytes: CONTACT_LIMITS.importMaxBytes });

// The file stays in memory (2 MB at most) and is never written to disk.
const multipart = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: CONTACT_LIMITS.importMaxBytes, files: 1, fields: 5, fieldSize: 1024 },
}).single('file');
const rawCsv = express.raw({ type: ['text/csv', 'text/plain', 'application/csv', 'application/vnd.ms-excel'], limit: CONTACT_LIMITS.importMaxBytes });

/**
 * The CSV as bytes, from a multipart upload (field `file`, what a browser form sends) or sent as the body
 * itself (Content-Type text/csv, what a script sends). Decoding is the import's business.
 */
export function readImportFile(req: Request, res: Response, next: NextFunction): void {
  const done = (err?: unknown) => {
    if (!err) return next();
    if (err instanceof multer.MulterError) return next(err.code === 'LIMIT_FILE_SIZE' ? tooLarge() : AppError.badRequest('ERR_INVALID_UPLOAD', err.message));
    if ((err as { type?: string }).type === 'entity.too.large') return next(tooLarge());
    next(err);
  };
  if (req.is('multipart/form-data')) multipart(req, res, done);
  else rawCsv(req, res, done);
}

export function importedFile(req: Request): Buffer {
  const file = req.file?.buffer ?? (Buffer.isBuffer(req.body) ? req.body : undefined);
  if (!file || file.length === 0) throw AppError.badRequest('ERR_IMPORT_NO_FILE', 'Send a CSV file (field "file", or a text/csv body)');
  return file;
}
