import { describe, expect, it } from 'vitest';
import { candidateContext, candidatesOfLink } from '../../src/subgraphs/recruitment/candidates.js';
import { DatasetCache } from '../../src/subgraphs/recruitment/dataset-cache.js';
import type { LinkFirmRecord } from '../../src/subgraphs/recruitment/repository.js';

const firm = (enterpriseId: string, linkIds: string[], revenue: number | null = 1e6): LinkFirmRecord => ({ enterpriseId, name: enterpriseId, nameZh: null, revenue, leading: false, listed: false, linkIds });

describe('the candidates of a gap link in a region', () => {
  const linkFirms = [firm('local', ['x']), firm('supplier', ['x', 'y', 'z']), firm('stranger', ['x'], null)];
  const candidates = candidatesOfLink(
    linkFirms,
    candidateContext({
      presentLinkIds: ['y', 'w'],
      localLinkFirmIds: ['local'],
      supplies: [
        { supplierId: 'supplier', customerId: 'c1', annualValue: 300 },
        { supplierId: 'supplier', customerId: 'c2', annualValue: 150 },
        { supplierId: 'supplier', customerId: 'c1', annualValue: 50 },
      ],
    }),
  );

  it('leaves out the region’s own firms', () => {
    expect(candidates.map((candidate) => candidate.enterpriseId)).toEqual(['supplier', 'stranger']);
  });

  it('gives each its ties to local firms (sales summed, customers counted once) and its fit with the links the region has', () => {
    expect(candidates).toEqual([
      { enterpriseId: 'supplier', name: 'supplier', nameZh: null, revenue: 1e6, leading: false, listed: false, annualValueToLocalFirms: 500, localCustomerCount: 2, linkCount: 3, presentLinkCount: 1 },
      { enterpriseId: 'stranger', name: 'stranger', nameZh: null, revenue: null, leading: false, listed: false, annualValueToLocalFirms: 0, localCustomerCount: 0, linkCount: 1, presentLinkCount: 0 },
    ]);
  });
});

describe('the cache of what an import changes', () => {
  const reader = () => {
    const reads: string[][] = [];
    const read = async (missing: string[]) => {
      reads.push(missing);
      return new Map(missing.map((key) => [key, `${key}@${reads.length}`]));
    };
    return { reads, read };
  };

  it('reads only the keys it lacks, all in one call, while the dataset revision stays the same', async () => {
    const cache = new DatasetCache<string>({ maxEntries: 10 });
    const { reads, read } = reader();
    expect(await cache.getMany('r1', ['a', 'b'], read)).toEqual(new Map([['a', 'a@1'], ['b', 'b@1']]));
    expect(await cache.getMany('r1', ['a', 'c'], read)).toEqual(new Map([['a', 'a@1'], ['c', 'c@2']]));
    expect(reads).toEqual([['a', 'b'], ['c']]);
  });

  it('reads again once an import gave the data a new revision, and never keeps data that has none', async () => {
    const cache = new DatasetCache<string>({ maxEntries: 10 });
    const { reads, read } = reader();
    await cache.getMany('r1', ['a'], read);
    expect(await cache.get('r2', 'a', async () => (await read(['a'])).get('a')!)).toBe('a@2');
    await cache.getMany(null, ['a'], read);
    await cache.getMany(null, ['a'], read);
    expect(reads).toEqual([['a'], ['a'], ['a'], ['a']]);
  });

  it('drops the least recently used entries beyond its size', async () => {
    const cache = new DatasetCache<string>({ maxEntries: 2 });
    const { reads, read } = reader();
    await cache.getMany('r1', ['a', 'b'], read);
    await cache.getMany('r1', ['a'], read);
    await cache.getMany('r1', ['c'], read);
    await cache.getMany('r1', ['a', 'b'], read);
    expect(reads).toEqual([['a', 'b'], ['c'], ['b']]);
  });

  it('keeps the total weight of its entries within its limit, dropping the least recently used', async () => {
    const cache = new DatasetCache<string>({ maxEntries: 10, maxWeight: 5, weigh: (value) => value.length });
    const reads: string[] = [];
    const read = async (key: string) => {
      reads.push(key);
      return key;
    };
    await cache.get('r1', 'aa', () => read('aa'));
    await cache.get('r1', 'bb', () => read('bb'));
    await cache.get('r1', 'aa', () => read('aa'));
    await cache.get('r1', 'cc', () => read('cc'));
    await cache.get('r1', 'aa', () => read('aa'));
    await cache.get('r1', 'bb', () => read('bb'));
    expect(reads).toEqual(['aa', 'bb', 'cc', 'bb']);
  });

  it('shares one read between concurrent requests, and forgets a read that failed', async () => {
    const cache = new DatasetCache<string>({ maxEntries: 10 });
    let reads = 0;
    const slowRead = async (missing: string[]) => {
      reads += 1;
      await new Promise((resolve) => setTimeout(resolve, 10));
      return new Map(missing.map((key) => [key, key]));
    };
    await Promise.all([cache.getMany('r1', ['a'], slowRead), cache.getMany('r1', ['a'], slowRead), cache.getMany('r1', ['a'], slowRead)]);
    expect(reads).toBe(1);

    const failing = async (): Promise<Map<string, string>> => {
      throw new Error('Neo4j is down');
    };
    await expect(cache.getMany('r1', ['b'], failing)).rejects.toThrow('Neo4j is down');
    expect(await cache.getMany('r1', ['b'], slowRead)).toEqual(new Map([['b', 'b']]));
  });
});
