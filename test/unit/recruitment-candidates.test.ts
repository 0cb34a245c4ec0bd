import { describe, expect, it } from 'vitest';
import { candidateContext, candidatesOfLink } from '../../src/subgraphs/recruitment/candidates.js';
import { LinkFirmsCache } from '../../src/subgraphs/recruitment/link-firms-cache.js';
import type { LinkFirmRecord } from '../../src/subgraphs/recruitment/repository.js';

const firm = (enterpriseId: string, linkIds: string[], revenue: number | null = 1e6): LinkFirmRecord => ({ enterpriseId, revenue, leading: false, listed: false, linkIds });

describe('the candidates of a gap link in a region', () => {
  const linkFirms = [firm('local', ['x']), firm('landed', ['x']), firm('supplier', ['x', 'y', 'z']), firm('stranger', ['x'], null)];
  const candidates = candidatesOfLink(
    linkFirms,
    candidateContext({
      presentLinkIds: ['y', 'w'],
      excludedIds: ['local', 'landed'],
      supplies: [
        { supplierId: 'supplier', customerId: 'c1', annualValue: 300 },
        { supplierId: 'supplier', customerId: 'c2', annualValue: 150 },
        { supplierId: 'supplier', customerId: 'c1', annualValue: 50 },
      ],
    }),
  );

  it('leaves out the region’s own firms and those already recruited to it', () => {
    expect(candidates.map((candidate) => candidate.enterpriseId)).toEqual(['supplier', 'stranger']);
  });

  it('gives each its ties to local firms (sales summed, customers counted once) and its fit with the links the region has', () => {
    expect(candidates).toEqual([
      { enterpriseId: 'supplier', revenue: 1e6, leading: false, listed: false, annualValueToLocalFirms: 500, localCustomerCount: 2, linkCount: 3, presentLinkCount: 1 },
      { enterpriseId: 'stranger', revenue: null, leading: false, listed: false, annualValueToLocalFirms: 0, localCustomerCount: 0, linkCount: 1, presentLinkCount: 0 },
    ]);
  });
});

describe('the cache of link firms', () => {
  it('reads only the links it lacks, all in one call, and again once they expire', async () => {
    const cache = new LinkFirmsCache(50);
    const reads: string[][] = [];
    const read = async (missing: string[]) => {
      reads.push(missing);
      return missing.filter((id) => id !== 'empty').map((key) => ({ key, records: [firm(`${key}-firm`, [key])] }));
    };
    const first = await cache.get(['a', 'b', 'empty'], read);
    expect(first.get('a')).toEqual([firm('a-firm', ['a'])]);
    expect(first.get('empty')).toEqual([]);
    await cache.get(['a', 'c'], read);
    expect(reads).toEqual([['a', 'b', 'empty'], ['c']]);
    await new Promise((resolve) => setTimeout(resolve, 60));
    await cache.get(['a'], read);
    expect(reads.at(-1)).toEqual(['a']);
  });

  it('shares one read between concurrent requests, and forgets a read that failed', async () => {
    const cache = new LinkFirmsCache();
    let reads = 0;
    const slowRead = async (missing: string[]) => {
      reads += 1;
      await new Promise((resolve) => setTimeout(resolve, 10));
      return missing.map((key) => ({ key, records: [firm(`${key}-firm`, [key])] }));
    };
    await Promise.all([cache.get(['a'], slowRead), cache.get(['a'], slowRead), cache.get(['a'], slowRead)]);
    expect(reads).toBe(1);

    const failing = async () => {
      throw new Error('Neo4j is down');
    };
    await expect(cache.get(['b'], failing)).rejects.toThrow('Neo4j is down');
    expect((await cache.get(['b'], slowRead)).get('b')).toEqual([firm('b-firm', ['b'])]);
  });
});
