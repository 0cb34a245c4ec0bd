import { pino, type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';
import { isProduction, textSetting } from './settings.js';

export type { Logger };

/** Never written to a log, wherever they appear in a logged object. */
// Exact paths: wildcard paths make pino check every logged object, which costs each request measurably.
const REDACTED_PATHS = [
  'authorization',
  'password',
  'token',
  'headers.authorization',
  'headers["x-chain-graph-viewer"]',
  'req.headers.authorization',
  'req.headers["x-chain-graph-viewer"]',
];

/**
 * The services' logger: one JSON object per line in production (for the log collector), readable coloured lines in
 * development, or JSON lines to `destination`. `LOG_LEVEL` sets the level (info by default; the test suite runs
 * silent unless it is set).
 */
export function createLogger(environment: NodeJS.ProcessEnv = process.env, destination?: DestinationStream): Logger {
  const options = { level: textSetting(environment, 'LOG_LEVEL')!, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } };
  if (destination) return pino(options, destination);
  // Buffered, written off the request path; pino flushes what is left when the process exits.
  if (isProduction(environment)) return pino(options, pino.destination({ dest: 1, sync: false }));
  return pino(options, pretty({ colorize: process.stdout.isTTY, ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss.l', sync: true }));
}

let processLogger: Logger | undefined;

/** The process's logger, made on first use from the environment. */
export function defaultLogger(): Logger {
  return (processLogger ??= createLogger());
}
