import { Umzug, SequelizeStorage } from 'umzug';
import type { Sequelize } from 'sequelize';
import pg from 'pg';
import { ctx } from '../context.js';
import { logger } from '../lib/logger.js';
import * as m0001 from './migrations/0001-companies-and-users.js';
import * as m0002 from './migrations/0002-refresh-tokens.js';
import * as m0003 from './migrations/0003-whatsapps.js';
import * as m0004 from './migrations/0004-contacts-tickets-messages.js';
import * as m0005 from './migrations/0005-message-media.js';
import * as m0006 from './migrations/0006-inbound-content-reactions.js';
import * as m0007 from './migrations/0007-queues-and-ticket-workflow.js';
import * as m0008 from './migrations/0008-contacts-search.js';
import * as m0010 from './migrations/0010-ticket-list.js';
import * as m0011 from './migrations/0011-distribution.js';
import * as m0013 from './migrations/0013-queue-options.js';
import * as m0014 from './migrations/0014-contact-number-key.js';
import * as m0015 from './migrations/0015-message-search.js';
import * as m0012 from './migrations/0012-dashboard.js';
import * as m0016 from './migrations/0016-media-references-and-retired-settings.js';
import * as m0017 from './migrations/0017-automatic-messages-and-closes.js';
import * as m0018 from './migrations/0018-search-without-accents.js';
import * as m0019 from './migrations/0019-connection-alerts.js';
import * as m0020 from './migrations/0020-ai-agents.js';
import * as m0021 from './migrations/0021-lead-score.js';
import * as m0022 from './migrations/0022-ai-budget.js';
import * as m0023 from './migrations/0023-contact-opt-out.js';
import * as m0024 from './migrations/0024-scheduled-messages.js';
import * as m0025 from './migrations/0025-campaigns.js';
import * as m0026 from './migrations/0026-crm.js';
import * as m0027 from './migrations/0027-csat.js';
import * as m0028 from './migrations/0028-integrations.js';
import * as m0029 from './migrations/0029-task-reminder-seen.js';
import * as m0030 from './migrations/0030-protocol-and-signature.js';
import * as m0031 from './migrations/0031-availability.js';
import * as m0032 from './migrations/0032-closing.js';
import * as m0034 from './migrations/0034-internal-chat.js';
import * as m0033 from './migrations/0033-quick-reply-media.js';
import * as m0035 from './migrations/0035-pending-since.js';

// Listed explicitly (not globbed) so the same list works from src/ under tsx and jest and from dist/.
const migrations = [
  { name: '0001-companies-and-users', ...m0001 },
  { name: '0002-refresh-tokens', ...m0002 },
  { name: '0003-whatsapps', ...m0003 },
  { name: '0004-contacts-tickets-messages', ...m0004 },
  { name: '0005-message-media', ...m0005 },
  { name: '0006-inbound-content-reactions', ...m0006 },
  { name: '0007-queues-and-ticket-workflow', ...m0007 },
  { name: '0008-contacts-search', ...m0008 },
  { name: '0010-ticket-list', ...m0010 },
  { name: '0011-distribution', ...m0011 },
  { name: '0013-queue-options', ...m0013 },
  { name: '0014-contact-number-key', ...m0014 },
  { name: '0015-message-search', ...m0015 },
  { name: '0012-dashboard', ...m0012 },
  { name: '0016-media-references-and-retired-settings', ...m0016 },
  { name: '0017-automatic-messages-and-closes', ...m0017 },
  { name: '0018-search-without-accents', ...m0018 },
  { name: '0019-connection-alerts', ...m0019 },
  { name: '0020-ai-agents', ...m0020 },
  { name: '0021-lead-score', ...m0021 },
  { name: '0022-ai-budget', ...m0022 },
  { name: '0023-contact-opt-out', ...m0023 },
  { name: '0024-scheduled-messages', ...m0024 },
  { name: '0025-campaigns', ...m0025 },
  { name: '0026-crm', ...m0026 },
  { name: '0027-csat', ...m0027 },
  { name: '0028-integrations', ...m0028 },
  { name: '0029-task-reminder-seen', ...m0029 },
  { name: '0030-protocol-and-signature', ...m0030 },
  { name: '0031-availability', ...m0031 },
  { name: '0032-closing', ...m0032 },
  { name: '0034-internal-chat', ...m0034 },
  { name: '0033-quick-reply-media', ...m0033 },
  { name: '0035-pending-since', ...m0035 },
];

// Any fixed number shared by every Atende process: only one of them migrates and seeds at a time.
const BOOT_LOCK = 4_242_001;

/** Over a connection of its own choosing: test provisioning migrates a template database before any app exists. */
export function createMigrator(sequelize: Sequelize): Umzug<Sequelize> {
  return new Umzug({
    // Each migration is one multi-statement query: PostgreSQL runs it as one implicit transaction.
    migrations,
    context: sequelize,
    storage: new SequelizeStorage({ sequelize, tableName: 'SequelizeMeta' }),
    logger: {
      info: (m) => logger.info('migration', m),
      warn: (m) => logger.warn('migration', m),
      error: (m) => logger.error('migration', m),
      debug: (m) => logger.debug('migration', m),
    },
  });
}

/**
 * Runs pending migrations, then `afterwards` (the seed), under a cluster-wide advisory lock held on a
 * dedicated connection (not a pooled one, so a small pool cannot deadlock against itself).
 */
export async function migrateWithLock(afterwards?: () => Promise<void>): Promise<void> {
  const { config, sequelize } = ctx();
  const lockClient = new pg.Client({ connectionString: config.databaseUrl });
  // PostgreSQL going away while the lock is held (a restart during boot) must fail the boot through the
  // migration's own error, not crash the process with an 'error' event nobody listens to.
  lockClient.on('error', (err) => logger.warn('migration lock connection lost', { err: err.message }));
  await lockClient.connect();
  try {
    await lockClient.query('SELECT pg_advisory_lock($1)', [BOOT_LOCK]);
    await createMigrator(sequelize).up();
    if (afterwards) await afterwards();
  } finally {
    await lockClient.end(); // ending the session releases the lock
  }
}
