import { ConfigError, loadConfig } from './config/index.js';
import { configureLogger, logger } from './lib/logger.js';
import { routeConsoleToLogger } from './lib/thirdPartyConsole.js';
import { startAtende } from './bootstrap.js';

// The process entry point: configuration from the environment, boot, and graceful shutdown.
async function main(): Promise<void> {
  const config = loadConfig();
  configureLogger(config.log);
  routeConsoleToLogger(); // before Baileys loads a session: libsignal prints key material with console
  const atende = await startAtende(config);

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal} received, shutting down`);
    const force = setTimeout(() => {
      logger.error('graceful shutdown timed out, exiting');
      process.exit(1);
    }, config.shutdownTimeoutMs);
    force.unref();
    atende.close().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error('shutdown failed', { err: String(err) });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('unhandledRejection', (reason) => logger.error('unhandled rejection', { reason: String(reason) }));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`); // before the logger is configured
  } else {
    logger.error('Atende failed to start', { err: err instanceof Error ? err.stack : String(err) });
  }
  process.exit(1);
});
