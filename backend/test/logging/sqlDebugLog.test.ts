import { Writable } from 'node:stream';
import { QueryTypes } from 'sequelize';
import winston from 'winston';
import { createSequelize } from '../../src/database/connection.js';
import { configureLogger, logger } from '../../src/lib/logger.js';

// LOG_LEVEL=debug logs every SQL statement, and Sequelize hands its logger the SQL with the values already
// inlined: message texts, password hashes, WhatsApp key material (BaileysAuth). The log keeps the statement's
// shape, never a string value.
const lines: string[] = [];
const capture = new winston.transports.Stream({ stream: new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) }) });
const sequelize = createSequelize({ databaseUrl: process.env.DATABASE_URL!, databasePoolMax: 1 });

beforeAll(() => {
  configureLogger({ level: 'debug', format: 'json' });
  logger.add(capture);
});
afterAll(async () => {
  logger.remove(capture);
  configureLogger({ level: 'error', format: 'pretty', silent: true });
  await sequelize.close();
});

it('logs the statements at debug level without the string values inlined into them', async () => {
  const secret = "chave-privada-'Xy9'";
  const [row] = await sequelize.query<{ text: string; bytes: Buffer; n: number; list: string[] }>(
    'SELECT :secret::text AS text, :bytes::bytea AS bytes, :n::int AS n, ARRAY[:list]::text[] AS list',
    { replacements: { secret, bytes: Buffer.from('noise-key-material'), n: 42, list: ['corpo da mensagem', 'outro'] }, type: QueryTypes.SELECT },
  );
  expect(row).toMatchObject({ text: secret, n: 42, list: ['corpo da mensagem', 'outro'] });
  const sql = lines.map((l) => (JSON.parse(l) as { message: string }).message).filter((m) => m.includes('SELECT'));
  expect(sql).toHaveLength(1);
  expect(sql[0]).toMatch(/42::int/); // the shape stays: numbers, casts, the statement itself
  for (const leak of ['chave-privada', 'Xy9', 'noise-key-material', Buffer.from('noise-key-material').toString('hex'), 'corpo da mensagem', 'outro']) {
    expect(sql[0]).not.toContain(leak);
  }
});
