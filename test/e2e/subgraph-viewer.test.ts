/**
 * SUBGRAPH_VIEWER=client-token: a subgraph behind Apollo Router or Hive Router, which forward the client's own token,
 * verifies that token itself with the gateway's keys — a planner is a planner of its region, a forged token is
 * refused, no token is anonymous — while by default a subgraph trusts only the viewer our gateway signed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authSettings } from '../../src/config.js';
import type { RunningService } from '../../src/server/service.js';
import { SUBGRAPHS } from '../../src/subgraphs/index.js';
import { postGraphQL, testToken, useStack } from '../support/stack.js';

const stack = useStack();
const recruitment = SUBGRAPHS.find((subgraph) => subgraph.name === 'recruitment')!;
let behindRouter: RunningService;

beforeAll(async () => {
  behindRouter = await recruitment.start(stack.driver, { port: 0, auth: { ...authSettings(), subgraphViewer: 'client-token' } });
});
afterAll(async () => {
  await behindRouter.stop();
});

const GAPS = '{ chainGaps(regionId: "shangcai", chainId: "footwear") { completeness } }';

describe('SUBGRAPH_VIEWER', () => {
  it('client-token: takes the viewer from the client token the router forwards, and refuses a forged one', async () => {
    const planner = await postGraphQL<{ chainGaps: { completeness: number } }>(
      behindRouter.url,
      GAPS,
      undefined,
      await testToken('planner', 'shangcai'),
    );
    expect(planner.errors).toBeUndefined();
    const throughGateway = await stack.as('planner', 'shangcai')<{ chainGaps: { completeness: number } }>(GAPS);
    expect(planner.data!.chainGaps).toEqual(throughGateway.data!.chainGaps);

    // The region in the token holds: a project of Shangcai is its planner's, not another county's.
    const project = '{ project(id: "shangcai-longfeng-park") { id } }';
    const own = await postGraphQL(behindRouter.url, project, undefined, await testToken('planner', 'shangcai'));
    expect(own.data).toEqual({ project: { id: 'shangcai-longfeng-park' } });
    const otherCounty = await postGraphQL(behindRouter.url, project, undefined, await testToken('planner', 'minquan'));
    expect(otherCounty.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await postGraphQL(behindRouter.url, GAPS);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const forged = await postGraphQL(behindRouter.url, GAPS, undefined, 'eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiYWRtaW4ifQ.c2lnbmF0dXJl');
    expect(forged.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('is gateway unless set, and refuses any other value', () => {
    expect(authSettings({}).subgraphViewer).toBe('gateway');
    expect(authSettings({ SUBGRAPH_VIEWER: 'client-token' }).subgraphViewer).toBe('client-token');
    expect(() => authSettings({ SUBGRAPH_VIEWER: 'router' })).toThrow('SUBGRAPH_VIEWER must be gateway or client-token; got router.');
  });

  it('gateway (the default): a client token sent straight to a subgraph is refused', async () => {
    const url = stack.stack.subgraphs.find((service) => service.name === 'recruitment')!.url;
    const direct = await postGraphQL(url, GAPS, undefined, await testToken('planner', 'shangcai'));
    expect(direct.errors?.[0]?.message).toMatch(/answers only the gateway/);
  });
});
