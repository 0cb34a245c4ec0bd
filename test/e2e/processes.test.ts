/**
 * The production topology: every subgraph and the gateway in a process of its own (`npm start -- --processes`), over
 * the suite's Neo4j, answering a planner through the gateway; stopping ends every process.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDataset } from '../../src/dataset/import.js';
import { DEMO_DATASET } from '../../src/dataset/demo.js';
import { startProcesses, type RunningProcesses } from '../../src/topology/processes.js';
import { capturingLogger } from '../support/logs.js';
import { clearDatabase, testDriver, testNeo4jUri } from '../support/neo4j.js';
import { freePort, freePortRange } from '../support/ports.js';
import { postGraphQL, testToken } from '../support/stack.js';

let processes: RunningProcesses;
const { logger } = capturingLogger();

beforeAll(async () => {
  const driver = testDriver();
  await clearDatabase(driver);
  await importDataset(driver, DEMO_DATASET);
  await driver.close();
  const ports = { gateway: await freePort(), subgraphBase: await freePortRange(4) };
  processes = await startProcesses({ neo4jUri: testNeo4jUri(), ports, env: { ...process.env, LOG_LEVEL: 'silent' }, logger });
});
afterAll(async () => {
  await processes?.stop();
});

describe('the services in processes of their own', () => {
  it('runs the gateway and each subgraph in its own process', () => {
    const pids = [processes.gateway.pid, ...processes.subgraphs.map((service) => service.pid)];
    expect(new Set([...pids, process.pid]).size).toBe(6);
    expect(processes.subgraphs.map((service) => service.name)).toEqual(['registry', 'chains', 'recruitment', 'reports']);
  });

  it("answers a planner's analysis across the processes, the viewer handed on with the shared internal secret", async () => {
    const token = await testToken('planner', 'shangcai');
    const answer = await postGraphQL<{ chainGaps: { region: { name: string }; gaps: { link: { id: string } }[] } }>(
      processes.gateway.url,
      '{ chainGaps(regionId: "shangcai", chainId: "footwear") { region { name } gaps { link { id } } } }',
      {},
      token,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.chainGaps.region.name).toBe('Shangcai County');
    expect(answer.data!.chainGaps.gaps.length).toBeGreaterThan(0);
    // A subgraph asked directly, without the gateway's hand-off, still refuses a planner's field.
    const direct = await postGraphQL(
      processes.subgraphs[2]!.url,
      '{ chainGaps(regionId: "shangcai", chainId: "footwear") { completeness } }',
      {},
      token,
    );
    expect(direct.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('stops every process: nothing answers afterwards', async () => {
    await processes.stop();
    for (const service of [processes.gateway, ...processes.subgraphs]) {
      await expect(fetch(service.url.replace(/\/graphql$/, '/health'))).rejects.toThrow();
    }
  });
});
