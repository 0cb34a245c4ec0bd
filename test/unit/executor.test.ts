import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../src');
const EXECUTOR = path.join('neo4j', 'driver.ts');
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sourceFiles(file) : file.endsWith('.ts') ? [file] : [];
  });
}

describe('the executor (src/neo4j/driver.ts)', () => {
  it('is the only module that opens a session or a transaction: every query gets its metadata, metric, request id and error mapping', () => {
    const openers = sourceFiles(SRC)
      .filter((file) => path.relative(SRC, file) !== EXECUTOR)
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .map((line, i) => ({ line, at: `${path.relative(SRC, file)}:${i + 1}` }))
          .filter(({ line }) => /\.session\(|\.beginTransaction\(|\.executeRead\(|\.executeWrite\(|\.executeQuery\(/.test(line))
          .map(({ at }) => at),
      );
    expect(openers).toEqual([]);
  });
});
