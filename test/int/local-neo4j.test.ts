import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { externalNeo4jUri, localNeo4jSettings, neo4jCredentials } from '../../src/config.js';
import { createDriver, readRows, writeRows } from '../../src/neo4j/driver.js';
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '../../src/neo4j/local/server.js';

// Its own instance in a temporary folder and port, so stopping it cannot disturb the suite's database.
const root = mkdtempSync(path.join(tmpdir(), 'chain-graph-neo4j-'));
const settings = { ...localNeo4jSettings('persistence'), port: 7689, heap: '512m', pageCache: '128m' };
const credentials = neo4jCredentials();

afterAll(async () => {
  await stopLocalNeo4j(settings, { root });
  rmSync(root, { recursive: true, force: true });
});

describe.skipIf(externalNeo4jUri() !== undefined)('the local Neo4j launched from Maven jars', () => {
  it('runs Neo4j 5.26 Community with auth on, and keeps its data across stop and start', async () => {
    const first = await startLocalNeo4j(settings, credentials, { root, log: () => {} });
    expect(first.startedHere).toBe(true);
    expect((await startLocalNeo4j(settings, credentials, { root })).startedHere).toBe(false); // reused, not doubled

    let driver = createDriver(first.uri, credentials);
    const [component] = await readRows<{ version: string; edition: string }>(
      driver,
      'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
    );
    expect(component!.version).toMatch(/^5\.26\./);
    expect(component!.edition).toBe('community');
    await writeRows(driver, "CREATE (:Marker {note: '持久化 persists'})");
    await driver.close();

    const wrongPassword = createDriver(first.uri, { user: credentials.user, password: 'not-the-password' });
    await expect(wrongPassword.verifyConnectivity()).rejects.toThrow(/unauthorized|authentication/i);
    await wrongPassword.close();

    expect(await stopLocalNeo4j(settings, { root })).toBe(true);
    expect(localNeo4jStatus(settings, { root }).running).toBe(false);

    const second = await startLocalNeo4j(settings, credentials, { root, log: () => {} });
    driver = createDriver(second.uri, credentials);
    expect(await readRows(driver, 'MATCH (m:Marker) RETURN m.note AS note')).toEqual([{ note: '持久化 persists' }]);
    await driver.close();

    // The password goes in on standard input: nothing in the process list shows it.
    expect(readFileSync(`/proc/${second.pid}/cmdline`, 'utf8')).not.toContain(credentials.password);
    // Whoever started the first instance does not stop the one running now.
    expect(await stopLocalNeo4j(settings, { root, startedPid: first.pid })).toBe(false);
    expect(localNeo4jStatus(settings, { root }).running).toBe(true);
  }, 300_000);
});
