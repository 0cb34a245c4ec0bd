import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { Logger } from '../../src/platform/logger.js';

/** A real pino logger whose JSON lines a test can read. */
export function capturingLogger(): { logger: Logger; lines: () => Record<string, unknown>[] } {
  const written: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      written.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  return { logger: pino({ level: 'debug' }, destination), lines: () => written.map((line) => JSON.parse(line) as Record<string, unknown>) };
}
