import { AsyncLocalStorage } from "node:async_hooks";
import { type DestinationStream, type Logger, type LevelWithSilent, pino } from "pino";

export type { Logger } from "pino";
export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const satisfies readonly LevelWithSilent[];
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The request being served, if any: every line logged while serving it names it, whichever module logs. */
const requestScope = new AsyncLocalStorage<{ requestId: string; log: Logger }>();

/** Runs `fn` as part of the request `requestId`, so lines logged inside it (and by work it starts) carry the id. */
export function inRequestScope<T>(requestId: string, log: Logger, fn: () => T): T {
  return requestScope.run({ requestId, log }, fn);
}

/** The app's logger while serving a request (the error handler has no other way to it); silent outside one. */
export function requestLog(): Logger {
  return requestScope.getStore()?.log ?? silentLogger;
}

export interface LoggerConfig {
  level?: LogLevel;
  /** Where JSON lines go: stdout by default; tests pass a stream to read them back. */
  destination?: DestinationStream;
}

/**
 * One JSON object per line. The request id comes from the async context rather than child
 * loggers, so a line the judge or a service logs during a request carries it too, without
 * every service taking a request-scoped logger.
 */
export function createLogger({ level = "info", destination }: LoggerConfig = {}): Logger {
  const options = {
    level,
    timestamp: pino.stdTimeFunctions.isoTime,
    mixin: () => {
      const scope = requestScope.getStore();
      return scope ? { requestId: scope.requestId } : {};
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** Logs nothing: the default wherever no logger is given (tests, the CLI), so their output stays quiet. */
export const silentLogger: Logger = pino({ level: "silent" });

