import { Sequelize } from 'sequelize';
import pg from 'pg';
import type { Config } from '../config/index.js';
import { logger } from '../lib/logger.js';

// BIGINT counts (COUNT(*)) come back as strings by default; our counts always fit a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (v: string) => Number.parseInt(v, 10));

export function createSequelize(config: Pick<Config, 'databaseUrl' | 'databasePoolMax'>): Sequelize {
  return new Sequelize(config.databaseUrl, {
    dialect: 'postgres',
    dialectModule: pg,
    // Checked per statement: winston formats before it filters, and the inbound path runs many statements.
    logging: (sql) => {
      if (logger.isDebugEnabled()) logger.debug(sql);
    },
    pool: { max: config.databasePoolMax, min: 0, idle: 10_000, acquire: 10_000 },
    // Fail fast when PostgreSQL is gone, so /api/health answers 503 quickly instead of hanging.
    dialectOptions: { connectionTimeoutMillis: 3_000, statement_timeout: 30_000 },
    define: { timestamps: true },
  });
}
