import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { httpLimits, localNeo4jSettings, servicePorts } from '../../src/config.js';
import { README_PATH, readmeWithSettings } from '../../src/platform/settings-readme.js';
import { SETTINGS, integerSetting, settingProblems, textSetting } from '../../src/platform/settings.js';

const SRC = path.resolve(import.meta.dirname, '../../src');
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === 'generated' || name === 'web' ? [] : sourceFiles(file);
    return file.endsWith('.ts') ? [file] : [];
  });
}

describe('settings: each declared once, with its type, default and meaning', () => {
  it('declares every variable once, each with a meaning and a default its own type accepts', () => {
    const names = SETTINGS.map((setting) => setting.name);
    expect(new Set(names).size).toBe(names.length);
    for (const setting of SETTINGS) {
      expect(setting.meaning.length).toBeGreaterThan(10);
      if (setting.default !== null) expect(settingProblems({ [setting.name]: setting.default })).toEqual([]);
    }
  });

  it('is where every variable the product reads is declared: no module reads the environment by name itself', () => {
    const readers = sourceFiles(SRC)
      .filter((file) => !file.endsWith(path.join('platform', 'settings.ts')))
      .flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/\benv\.([A-Z][A-Z0-9_]{2,})\b(?!\s*=[^=])/g)].map(
          (m) => `${path.relative(SRC, file)}: ${m[1]}`,
        ),
      );
    // Setting a variable for a library is not reading it; the one left is the subgraph CLI's "was PORT given at all".
    expect(readers).toEqual(['subgraphs/cli.ts: PORT']);
    const declared = new Set(SETTINGS.map((setting) => setting.name));
    const named = sourceFiles(SRC).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/(?:textSetting|integerSetting)\([^,]+, '([A-Z0-9_]+)'/g)].map((m) => m[1]!),
    );
    expect(named.filter((name) => !declared.has(name))).toEqual([]);
  });

  it('refuses a misset variable at start, naming every one at once', () => {
    expect(settingProblems({ MAX_IN_FLIGHT: 'many', TOPOLOGY: 'cluster', NEO4J_HEAP: 'lots', NEO4J_URI: 'not a url' })).toEqual([
      "NEO4J_URI must be a URL, got 'not a url'",
      "NEO4J_HEAP must be a size such as 512m or 2g, got 'lots'",
      "TOPOLOGY must be one of single, processes; got 'cluster'",
      "MAX_IN_FLIGHT must be a non-negative integer, got 'many'",
    ]);
    expect(settingProblems({ LOG_LEVEL: 'loud' })).toEqual([
      "LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent; got 'loud'",
    ]);
    expect(settingProblems({})).toEqual([]);
  });

  it('keeps a service with a misset variable from starting: it says what to fix and exits 2', () => {
    const gateway = spawnSync(process.execPath, ['--import', 'tsx', 'src/gateway/cli.ts'], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      env: { ...process.env, MAX_IN_FLIGHT: 'many', TOPOLOGY: 'cluster' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(gateway.status).toBe(2);
    expect(gateway.stderr).toBe(
      "Fix the environment before starting:\n  TOPOLOGY must be one of single, processes; got 'cluster'\n  MAX_IN_FLIGHT must be a non-negative integer, got 'many'\n",
    );
  });

  it('reads through the table: defaults from it, empty as unset, undeclared names refused', () => {
    expect(textSetting({}, 'NEO4J_HEAP')).toBe('2g');
    expect(textSetting({ NEO4J_HEAP: '' }, 'NEO4J_HEAP')).toBe('2g');
    expect(integerSetting({ MAX_IN_FLIGHT: '12' }, 'MAX_IN_FLIGHT')).toBe(12);
    expect(() => textSetting({}, 'NEO4J_HEAPS')).toThrow(/not a setting of src\/platform\/settings.ts/);
    expect(servicePorts({})).toEqual({ gateway: 4000, subgraphBase: 4001 });
    expect(localNeo4jSettings('test', {}).port).toBe(7688);
    expect(httpLimits({ MAX_IN_FLIGHT: '32' }).maxAnonymousInFlight).toBe(32);
  });

  it('writes the README environment table, which is current and lists each variable once', () => {
    const readme = readFileSync(README_PATH, 'utf8');
    expect(readmeWithSettings(readme)).toBe(readme);
    const rows = [...readme.matchAll(/^\| `([A-Z0-9_]+)` \|/gm)].map((m) => m[1]);
    expect(rows).toEqual(SETTINGS.map((setting) => setting.name));
  });
});
