import { describe, expect, it } from 'vitest';
import { candidateContext, candidatesOfLink } from '../../src/subgraphs/recruitment/gaps/candidates.js';
import { KeptPerRevision } from '../../src/subgraphs/recruitment/dataset-cache.js';
import type { LinkFirmRecord } from '../../src/subgraphs/recruitment/gaps/repository.js';

const firm = (enterpriseId: string, linkIds: string[], revenue: number | null = 1e6): LinkFirmRecord => ({
  enterpriseId,
  name: enterpriseId,
  nameZh: null,
  revenue,
  leading: false,
  listed: false,
  linkIds,
});

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
      {
        enterpriseId: 'supplier',
        name: 'supplier',
        nameZh: null,
        revenue: 1e6,
        leading: false,
        listed: false,
        annualValueToLocalFirms: 500,
        localCustomerCount: 2,
        linkCount: 3,
        presentLinkCount: 1,
      },
      {
        enterpriseId: 'stranger',
        name: 'stranger',
        nameZh: null,
        revenue: null,
        leading: false,
        listed: false,
        annualValueToLocalFirms: 0,
        localCustomerCount: 0,
        linkCount: 1,
        presentLinkCount: 0,
      },
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
    const cache = new KeptPerRevision().cache<string>('test', { max: 10 });
    const { reads, read } = reader();
    expect(await cache.getMany('r1', ['a', 'b'], read)).toEqual(
      new Map([
        ['a', 'a@1'],
        ['b', 'b@1'],
      ]),
    );
    expect(await cache.getMany('r1', ['a', 'c'], read)).toEqual(
      new Map([
        ['a', 'a@1'],
        ['c', 'c@2'],
      ]),
    );
    expect(reads).toEqual([['a', 'b'], ['c']]);
  });

  it('reads again once an import gave the data a new revision, and never keeps data that has none', async () => {
    const cache = new KeptPerRevision().cache<string>('test', { max: 10 });
    const { reads, read } = reader();
    await cache.getMany('r1', ['a'], read);
    expect(await cache.get('r2', 'a', async () => (await read(['a'])).get('a')!)).toBe('a@2');
    await cache.getMany(null, ['a'], read);
    await cache.getMany(null, ['a'], read);
    expect(reads).toEqual([['a'], ['a'], ['a'], ['a']]);
  });

  it('drops the least recently used entries beyond its size', async () => {
    const cache = new KeptPerRevision().cache<string>('test', { max: 2 });
    const { reads, read } = reader();
    await cache.getMany('r1', ['a', 'b'], read);
    await cache.getMany('r1', ['a'], read);
    await cache.getMany('r1', ['c'], read);
    await cache.getMany('r1', ['a', 'b'], read);
    expect(reads).toEqual([['a', 'b'], ['c'], ['b']]);
  });

  it('keeps the total weight of its entries within its limit, dropping the least recently used', async () => {
    const cache = new KeptPerRevision().cache<string>('test', { max: 10, maxSize: 5, sizeOf: (value) => value.length });
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
    const cache = new KeptPerRevision().cache<string>('test', { max: 10 });
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

describe('the caches of one subgraph process', () => {
  it('are all emptied when one of them sees a new dataset revision', async () => {
    const kept = new KeptPerRevision();
    const facts = kept.cache<string>('facts', { max: 10 });
    const firms = kept.cache<string>('firms', { max: 10 });
    const reads: string[] = [];
    const read = (name: string) => async () => {
      reads.push(name);
      return name;
    };
    await facts.get('r1', 'a', read('facts'));
    await firms.get('r1', 'a', read('firms'));
    await facts.get('r2', 'a', read('facts'));
    await firms.get('r2', 'a', read('firms'));
    expect(reads).toEqual(['facts', 'firms', 'facts', 'firms']);
  });

  it('do not keep what a read started before an import brings back after it', async () => {
    const cache = new KeptPerRevision().cache<string>('facts', { max: 10 });
    let finishOldRead: (value: Map<string, string>) => void = () => {};
    const oldRead = cache.getMany('r1', ['a'], () => new Promise((resolve) => (finishOldRead = resolve)));
    expect(await cache.get('r2', 'a', async () => 'new')).toBe('new');
    finishOldRead(new Map([['a', 'old']]));
    expect(await oldRead).toEqual(new Map([['a', 'old']]));
    expect(await cache.get('r2', 'a', async () => 'read again')).toBe('new');
  });
});
