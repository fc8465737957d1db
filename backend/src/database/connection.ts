import { Sequelize } from 'sequelize';
import pg from 'pg';
import type { Config } from '../config/index.js';
import { logger } from '../lib/logger.js';

// What Sequelize is for here, decided: the connection pool, transactions (opened by services, passed to the
// statements of db/), the binding of `:named` and `$1` values, its error classes (UniqueConstraintError…) and
// the migrator's runner. No models. Companies, Users, Whatsapps and RefreshTokens were the last four tables
// behind Sequelize models and became statements and row types in db/ like the fifteen others: the models had no
// hooks, no associations, no scopes and no validation beyond what the tables' own constraints enforce (NOT NULL,
// CHECK, unique indexes, whose errors the services already translate), so they were a second, hand-kept copy of
// the migrations' columns and a second way to write a query — the per-request auth check already went around
// them (raw SQL, then User.build on every request) and the users list mixed literal()/escape() into a model
// query. What they did give, writing only the fields that changed and nothing when none did, is kept by
// db/updateChanged.ts.

// BIGINT counts (COUNT(*)) come back as strings by default; our counts always fit a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (v: string) => Number.parseInt(v, 10));

// A quoted SQL string ('' is a quote inside it; E'\\x…' bytea literals too).
const STRING_LITERAL = /'(?:[^']|'')*'/g;

/**
 * pg's Client with an 'error' listener from its first moment. Sequelize attaches its own once a connection is made,
 * a microtask after pg reports it ready; an error that arrives in the same network read — PostgreSQL stopping just
 * as a connection completes (57P01 "terminating connection due to administrator command"; seen once in the health
 * test, which stops PostgreSQL under the app) — would find no listener and crash the process. Here it is logged and
 * the connection marked invalid, Sequelize's own sign (`_invalid`, read by its pool's validate) to discard it.
 */
class GuardedClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    this.on('error', (err: Error) => {
      (this as unknown as { _invalid?: boolean })._invalid = true;
      logger.warn('database connection lost', { err: err.message });
    });
  }
}

/** pg itself (types, parsers…) with the guarded Client in place of its own. */
const guardedPg: typeof pg = Object.create(pg, { Client: { value: GuardedClient } });

export function createSequelize(config: Pick<Config, 'databaseUrl' | 'databasePoolMax'>): Sequelize {
  return new Sequelize(config.databaseUrl, {
    dialect: 'postgres',
    dialectModule: guardedPg,
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
