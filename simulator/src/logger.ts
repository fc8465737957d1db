// The simulator logs through any pino-compatible logger; silent by default so tests stay quiet.
export interface Logger {
  trace(obj: object, msg?: string): void
  debug(obj: object, msg?: string): void
  info(obj: object, msg?: string): void
  warn(obj: object, msg?: string): void
  error(obj: object, msg?: string): void
}

const noop = (): void => {}
export const silentLogger: Logger = { trace: noop, debug: noop, info: noop, warn: noop, error: noop }
