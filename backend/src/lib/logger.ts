import winston from 'winston';

// One logger for the process. JSON in production (one object per line, for log shippers),
// readable lines in development. Configured once at boot by configureLogger().
export const logger = winston.createLogger({
  level: 'info',
  format: winston.format.json(),
  transports: [new winston.transports.Console()],
});

export function configureLogger(options: { level: string; format: 'json' | 'pretty'; silent?: boolean }): void {
  logger.level = options.level;
  logger.silent = options.silent ?? false;
  logger.format =
    options.format === 'json'
      ? winston.format.combine(winston.format.timestamp(), winston.format.errors({ stack: true }), winston.format.json())
      : winston.format.combine(
          winston.format.colorize(),
          winston.format.timestamp({ format: 'HH:mm:ss.SSS' }),
          winston.format.printf(({ timestamp, level, message, ...meta }) => {
            const rest = Object.keys(meta).length ? ` ${JSON.stringify(meta)}` : '';
            return `${String(timestamp)} ${level} ${String(message)}${rest}`;
          }),
        );
}
