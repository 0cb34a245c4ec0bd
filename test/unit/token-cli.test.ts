import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const tokenCommand = (...args: string[]) =>
  run('npx', ['tsx', 'src/auth/token-cli.ts', ...args], { env: { ...process.env, NODE_ENV: '' } });

describe('npm run token', () => {
  it('signs the subject it is given', async () => {
    const { stdout } = await tokenCommand('--role', 'planner', '--region', 'shangcai', '--subject', 'li-wei');
    expect(decodeJwt(stdout.trim())).toMatchObject({ role: 'planner', region: 'shangcai', sub: 'li-wei' });
  });

  it('refuses a misspelt option instead of ignoring it', async () => {
    const error = (await tokenCommand('--role', 'planner', '--regoin', 'shangcai').catch((e: unknown) => e)) as {
      code: number;
      stderr: string;
    };
    expect(error.code).toBe(2);
    expect(error.stderr).toContain("Unknown option '--regoin'");
  });
});
