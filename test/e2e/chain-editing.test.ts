/**
 * editChain end to end, on test/fixtures/chain-editing.json: the chain 'cans' (can stock > cans > recycling), led by
 * Edit County, whose firms are placed by the rules — ce-stock by its code C3252, ce-cans by 易拉罐 — but for
 * ce-declared, which declares the cans link; ce-caps (印铁制盖) is in no link. Present before any edit: stock and cans,
 * 2 of 3 links.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../src/dataset/import.js';
import { readRows } from '../../src/neo4j/driver.js';
import { useStack } from '../support/stack.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/chain-editing.json', import.meta.url));
const stack = useStack(FIXTURE);
const admin = stack.as('admin');

interface ChainAnswer {
  version: number;
  links: { id: string; name: string; nameZh: string | null; keywords: string[] }[];
  events: { version: number; by: string; kind: string; note: string | null; changes: string[] }[];
}

const CHAIN = 'version links { id name nameZh keywords } events { version by kind note changes }';
const EDIT = `mutation Edit($version: Int!, $changes: ChainChanges!) {
  editChain(chainId: "cans", expectedVersion: $version, changes: $changes) { ${CHAIN} }
}`;

const linksOf = async (firmId: string) =>
  (
    await readRows<{ id: string; basis: string }>(
      stack.driver,
      'MATCH (:Enterprise {id: $firmId})-[o:OPERATES_IN]->(link:ChainLink) RETURN link.id AS id, o.basis AS basis ORDER BY id',
      { firmId },
    )
  ).map((row) => `${row.id} ${row.basis}`);

const presentLinkCount = async () => {
  const { data, errors } = await admin<{ chainGaps: { presentLinkCount: number; linkCount: number } }>(
    '{ chainGaps(regionId: "ce-county", chainId: "cans") { presentLinkCount linkCount } }',
  );
  expect(errors).toBeUndefined();
  return data!.chainGaps;
};

const history = async () => {
  const { data, errors } = await admin<{ region: { chainOverview: { history: { completeness: number; cause: string }[] }[] } }>(
    '{ region(id: "ce-county") { chainOverview { history(days: 1) { completeness cause } } } }',
  );
  expect(errors).toBeUndefined();
  return data!.region.chainOverview[0]!.history;
};

const version = async () => (await admin<{ chain: { version: number } }>('{ chain(id: "cans") { version } }')).data!.chain.version;

describe('editing a chain', () => {
  it('starts at version 1, its import in its history', async () => {
    const { data, errors } = await admin<{ chain: ChainAnswer }>(`{ chain(id: "cans") { ${CHAIN} } }`);
    expect(errors).toBeUndefined();
    expect(data!.chain.version).toBe(1);
    expect(data!.chain.events).toEqual([{ version: 1, by: 'import', kind: 'IMPORTED', note: 'chain-editing.json', changes: [] }]);
    expect(await presentLinkCount()).toEqual({ presentLinkCount: 2, linkCount: 3 });
  });

  it('adds a link fed by one and feeding another: its rules place a firm at once, the analyses and history see it', async () => {
    const { data, errors } = await admin<{ editChain: ChainAnswer }>(EDIT, {
      version: 1,
      changes: {
        addLinks: [
          {
            id: 'cans/caps',
            name: 'Caps',
            nameZh: '制盖',
            stage: 'MIDSTREAM',
            industryCodes: [],
            keywords: ['制盖'],
            excludedKeywords: [],
          },
        ],
        addFeeds: [
          { from: 'cans/stock', to: 'cans/caps' },
          { from: 'cans/caps', to: 'cans/cans' },
        ],
      },
    });
    expect(errors).toBeUndefined();
    expect(data!.editChain.version).toBe(2);
    expect(data!.editChain.links.map((link) => link.id)).toContain('cans/caps');
    expect(data!.editChain.events[0]).toEqual({
      version: 2,
      by: 'admin',
      kind: 'EDITED',
      note: null,
      changes: ['Added the link “Caps”', '“Can stock” now feeds “Caps”', '“Caps” now feeds “Cans”'],
    });
    // 印铁制盖 holds 制盖: ce-caps is placed by keyword; ce-declared keeps only the link it declares.
    expect(await linksOf('ce-caps')).toEqual(['cans/caps KEYWORD']);
    expect(await linksOf('ce-declared')).toEqual(['cans/cans DECLARED']);
    expect(await presentLinkCount()).toEqual({ presentLinkCount: 3, linkCount: 4 });
    expect((await history()).at(-1)).toEqual({ completeness: 0.75, cause: 'CHAIN_EDIT' });

    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'zh-CN' },
      body: JSON.stringify({ query: '{ chain(id: "cans") { events { changes } } }' }),
    });
    const zh = (await response.json()) as { data: { chain: { events: { changes: string[] }[] } } };
    expect(zh.data.chain.events[0]!.changes).toEqual(['新增环节“制盖”', '“罐料”供给“制盖”', '“制盖”供给“制罐”']);
  });

  it('refuses a stale version with CONFLICT, changing nothing', async () => {
    const { errors } = await admin(EDIT, { version: 1, changes: { removeFeeds: [{ from: 'cans/cans', to: 'cans/recycling' }] } });
    expect(errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', currentVersion: 2 } });
    expect(errors?.[0]?.message).toMatch(/now version 2, not 1/);
    expect(await version()).toBe(2);
  });

  it('refuses feeds that go round in a circle, an unknown code and removing a link with supply records, naming each', async () => {
    const circle = await admin(EDIT, { version: 2, changes: { addFeeds: [{ from: 'cans/cans', to: 'cans/stock' }] } });
    expect(circle.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(circle.errors?.[0]?.message).toMatch(/go round in a circle: cans\/cans > cans\/stock > cans\/cans/);
    const apart = await admin(EDIT, { version: 2, changes: { removeFeeds: [{ from: 'cans/cans', to: 'cans/recycling' }] } });
    expect(apart.errors?.[0]?.message).toMatch(/links cans\/recycling are fed by nothing of the chain/);
    const code = await admin(EDIT, { version: 2, changes: { linkRules: [{ linkId: 'cans/caps', industryCodes: ['C9999'] }] } });
    expect(code.errors?.[0]?.message).toMatch(/'C9999' is not a GB\/T 4754-2017 code/);
    const inUse = await admin(EDIT, { version: 2, changes: { removeLinkIds: ['cans/stock'] } });
    expect(inUse.errors?.[0]?.message).toMatch(/link 'cans\/stock' is named by 0 project\(s\) and 1 supply record\(s\)/);
    expect(await version()).toBe(2);
    expect(await presentLinkCount()).toEqual({ presentLinkCount: 3, linkCount: 4 });
  });

  it('removes a link, renames one and changes rules: firms placed by rule move, declared ones stay', async () => {
    const { data, errors } = await admin<{ editChain: ChainAnswer }>(EDIT, {
      version: 2,
      changes: {
        removeLinkIds: ['cans/recycling'],
        renameLinks: [{ linkId: 'cans/caps', name: 'Caps and closures', nameZh: '瓶盖' }],
        linkRules: [{ linkId: 'cans/cans', keywords: ['两片罐'] }],
      },
    });
    expect(errors).toBeUndefined();
    expect(data!.editChain.version).toBe(3);
    expect(data!.editChain.links.find((link) => link.id === 'cans/caps')).toMatchObject({ name: 'Caps and closures', nameZh: '瓶盖' });
    expect(data!.editChain.events.map((event) => event.version)).toEqual([3, 2, 1]);
    expect(data!.editChain.events[0]!.changes).toEqual([
      'Removed the link “Recycling”',
      'Renamed the link “Caps” to “Caps and closures”',
      'Rules of “Cans”: industry codes none; keywords 两片罐; exclusion words none',
    ]);
    // 易拉罐 no longer places ce-cans; the cans link stays present through the firm that declares it.
    expect(await linksOf('ce-cans')).toEqual([]);
    expect(await linksOf('ce-declared')).toEqual(['cans/cans DECLARED']);
    expect(await presentLinkCount()).toEqual({ presentLinkCount: 3, linkCount: 3 });
    expect((await history()).at(-1)).toEqual({ completeness: 1, cause: 'CHAIN_EDIT' });
  });

  it('is for admins only', async () => {
    for (const role of ['planner', 'analyst'] as const) {
      const { errors } = await stack.as(role, 'ce-county')(EDIT, { version: 3, changes: { removeLinkIds: ['cans/caps'] } });
      expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await stack.query(EDIT, { version: 3, changes: { removeLinkIds: ['cans/caps'] } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await version()).toBe(3);
  });
});

describe('an import that writes the chain', () => {
  it('raises its version and records it when it changes the chain, and changes nothing when it does not', async () => {
    const before = await version();
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'chain-editing-')), 'renamed.json');
    const chain = JSON.parse(readFileSync(FIXTURE, 'utf8')).chains[0];
    writeFileSync(
      file,
      JSON.stringify({
        industries: [{ id: 'ce-industry', name: 'Metal cans', code: 'C3333' }],
        chains: [{ ...chain, links: chain.links.slice(0, 2), feeds: chain.feeds.slice(0, 1), name: 'Metal packaging' }],
      }),
    );
    await importDataset(stack.driver, file);
    expect(await version()).toBe(before + 1);
    const { data } = await admin<{ chain: ChainAnswer }>(`{ chain(id: "cans") { ${CHAIN} } }`);
    expect(data!.chain.events[0]).toMatchObject({ version: before + 1, by: 'import', kind: 'IMPORTED', note: 'renamed.json' });
    await importDataset(stack.driver, file);
    expect(await version()).toBe(before + 1);
    const stale = await admin(EDIT, { version: before, changes: { removeLinkIds: ['cans/caps'] } });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});
