/**
 * The typed client of docs/clients.md against the real stack: what it prints is what the API answers, in either
 * language, and an API error reaches its caller as the code to act on.
 */
import { describe, expect, it } from 'vitest';
import { chainGapLines } from '../../examples/typed-client/chain-gaps.js';
import { ChainGraphError, request } from '../../examples/typed-client/client.js';
import { ChainGapsQuery } from '../../examples/typed-client/operations.js';
import { testToken, useStack } from '../support/stack.js';

const stack = useStack();

describe('the typed client example', () => {
  it('prints Shangcai’s footwear gaps and whom to approach, as chainGaps answers them', async () => {
    const token = await testToken('planner', 'shangcai');
    const lines = await chainGapLines({ url: stack.gatewayUrl, token }, 'shangcai', 'footwear');
    const { data } = await stack.as(
      'planner',
      'shangcai',
    )<{
      chainGaps: { gaps: { kind: string; link: { name: string }; candidates: { enterprise: { name: string } }[] }[] };
    }>(
      '{ chainGaps(regionId: "shangcai", chainId: "footwear") { gaps { kind link { name } candidates(first: 3) { enterprise { name } } } } }',
    );
    expect(lines[0]).toBe('Shangcai County · Footwear: 3/13 links present');
    expect(lines.slice(1)).toHaveLength(data!.chainGaps.gaps.length);
    data!.chainGaps.gaps.forEach((gap, index) => {
      expect(lines[index + 1]).toMatch(new RegExp(`^${gap.kind} ${gap.link.name.replace(/[&()]/g, '\\$&')}: `));
      for (const candidate of gap.candidates) expect(lines[index + 1]).toContain(candidate.enterprise.name);
    });
  });

  it('answers in Chinese, names and reasons, when asked in Chinese', async () => {
    const token = await testToken('planner', 'shangcai');
    const lines = await chainGapLines({ url: stack.gatewayUrl, token, language: 'zh' }, 'shangcai', 'footwear');
    expect(lines[0]).toBe('上蔡县 · 制鞋产业链: 13 个环节中本地已有 3 个');
    expect(lines.find((line) => line.startsWith('FILL '))).toMatch(/^FILL 鞋底: 本地缺鞋底这一环/);
  });

  it('throws the API’s code when the request is refused', async () => {
    const refused = request({ url: stack.gatewayUrl }, ChainGapsQuery, { regionId: 'shangcai', chainId: 'footwear' });
    await expect(refused).rejects.toEqual(expect.any(ChainGraphError));
    await expect(refused).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
