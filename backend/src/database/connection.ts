import { Sequelize } from 'sequelize';
import pg from 'pg';
import type { Config } from '../config/index.js';
import { logger } from '../lib/logger.js';

// BIGINT counts (COUNT(*)) come back as strings by default; our counts always fit a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (v: string) => Number.parseInt(v, 10));

// A quoted SQL string ('' is a quote inside it; E'\\x…' bytea literals too).
const STRING_LITERAL = /'(?:[^']|'')*'/g;

export function createSequelize(config: Pick<Config, 'databaseUrl' | 'databasePoolMax'>): Sequelize {
  return new Sequelize(config.databaseUrl, {
    dialect: 'postgres',
    dialectModule: pg,
    // Checked per statement: winston formats before it filters, and the inbound path runs many statements.
    // Sequelize inlines the values into the SQL it logs: every string is masked, so message texts, contact
    // data, password hashes and WhatsApp key material never reach the log, even at debug level.
    logging: (sql) => {
      if (logger.isDebugEnabled()) logger.debug(sql.replace(STRING_LITERAL, "'…'"));
    },
    pool: { max: config.databasePoolMax, min: 0, idle: 10_000, acquire: 10_000 },
    // Fail fast when PostgreSQL is gone, so /api/health answers 503 quickly instead of hanging.
    dialectOptions: { connectionTimeoutMillis: 3_000, statement_timeout: 30_000 },
    define: { timestamps: true },
  });
}
