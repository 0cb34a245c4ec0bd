import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

/** Runs a command-line tool expecting it to refuse its arguments; answers its exit code and stderr. */
async function refusal(script: string, ...args: string[]): Promise<{ code: number; stderr: string }> {
  const error = (await run('npx', ['tsx', script, ...args]).then(
    () => ({ code: 0, stderr: '' }),
    (failure: unknown) => failure,
  )) as { code: number; stderr: string };
  return { code: error.code, stderr: error.stderr };
}

describe('every command line', () => {
  it.each([
    ['src/gateway/compose-cli.ts', ['--chek'], "Unknown option '--chek'"],
    ['src/subgraphs/reports/cli.ts', ['supplier-concentration', '--parm', 'regionId=shangcai'], "Unknown option '--parm'"],
    ['src/dataset/cli.ts', ['--files', 'x.json'], "Unknown option '--files'"],
    ['seeds/generate.ts', ['--enterprise', '10', '--out', '/tmp/x.json'], "Unknown option '--enterprise'"],
    ['src/neo4j/local/cli.ts', ['status', '--instance', 'test'], "Unknown option '--instance'"],
  ])('%s refuses a misspelt option with the usage, instead of ignoring it', async (script, args, message) => {
    const { code, stderr } = await refusal(script, ...args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).toContain('Usage');
  });
});
