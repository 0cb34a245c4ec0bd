/**
 * Registration status (docs/domain.md): only an ACTIVE firm counts — as a local firm, a candidate, a supplier in a
 * link's demand, a link's firm. A registry export that says a firm is now 注销 takes it out of every analysis at once;
 * deregistered and revoked firms imported new change no gap and no completeness. Through the gateway, on the demo.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDataset, importNationalRegions } from '../../src/dataset/import.js';
import { creditCodeCheckCharacter } from '../../src/domain/credit-code.js';
import { readRows } from '../../src/neo4j/driver.js';
import { ReportRunner } from '../../src/subgraphs/reports/runner.js';
import { useStack } from '../support/stack.js';

const stack = useStack();
const planner = stack.as('planner', 'shangcai');
const dir = mkdtempSync(path.join(tmpdir(), 'chain-graph-status-'));
const table = (name: string, rows: string[]) => {
  const file = path.join(dir, name);
  writeFileSync(file, `${rows.join('\n')}\n`);
  return file;
};
/** A valid credit code of a firm registered in Shangcai (411722). */
function creditCode(i: number): string {
  const body = `91411722MA${String(i).padStart(7, '0')}`;
  return `${body}${creditCodeCheckCharacter(body)}`;
}

interface Overview {
  chain: { id: string };
  completeness: number;
  links: { link: { id: string }; state: string; localEnterpriseCount: number; gapKind: string | null }[];
}

async function footwear(): Promise<Overview> {
  const { data, errors } = await planner<{ region: { chainOverview: Overview[] } }>(
    '{ region(id: "shangcai") { chainOverview { chain { id } completeness links { link { id } state localEnterpriseCount gapKind } } } }',
  );
  expect(errors).toBeUndefined();
  return data!.region.chainOverview.find((overview) => overview.chain.id === 'footwear')!;
}

const countOf = (overview: Overview, linkId: string) => overview.links.find((link) => link.link.id === linkId)!.localEnterpriseCount;

describe('registration status', () => {
  it('is ACTIVE for a firm whose registry said nothing of it', async () => {
    const { data } = await stack.query<{ enterprise: { registrationStatus: string; registrationStatusSince: string | null } }>(
      '{ enterprise(id: "shangcai-xionghe-shoes") { registrationStatus registrationStatusSince } }',
    );
    expect(data!.enterprise).toEqual({ registrationStatus: 'ACTIVE', registrationStatusSince: null });
  });

  it('of deregistered and revoked firms imported new changes no gap and no completeness', async () => {
    const before = await footwear();
    await importDataset(
      stack.driver,
      table('gone.csv', [
        '统一社会信用代码,企业名称,行政区划代码,登记状态,主营产品',
        `${creditCode(101)},上蔡已注销鞋底厂,411722,注销,鞋底`,
        `${creditCode(102)},上蔡吊销鞋楦厂,411722,"吊销，未注销",鞋楦`,
        `${creditCode(103)},上蔡迁出胶粘剂厂,411722,迁出,鞋用胶粘剂`,
      ]),
    );
    const [stored] = await readRows<{ statuses: string[]; inactive: number }>(
      stack.driver,
      'MATCH (e:Enterprise) WHERE e.creditCode IN $codes RETURN collect(e.registrationStatus) AS statuses, count { (x:Inactive) WHERE x.creditCode IN $codes } AS inactive',
      { codes: [creditCode(101), creditCode(102), creditCode(103)] },
    );
    expect(stored!.statuses.sort()).toEqual(['DEREGISTERED', 'MOVED_OUT', 'REVOKED']);
    expect(stored!.inactive).toBe(3);
    expect(await footwear()).toEqual(before);
  });

  it('changed to 注销 by a later export lowers its links’ local counts by exactly one, everywhere at once', async () => {
    const [firm] = await readRows<{ code: string; links: string[] }>(
      stack.driver,
      "MATCH (e:Enterprise {id: 'shangcai-xionghe-shoes'}) RETURN e.creditCode AS code, [(e)-[:OPERATES_IN]->(l) | l.id] AS links",
    );
    const before = await footwear();
    const linkFirms = async () =>
      (
        await stack.query<{ chainLink: { enterprises: { totalCount: number } } }>(
          '{ chainLink(id: "footwear/shoe-assembly") { enterprises(first: 100) { totalCount } } }',
        )
      ).data!.chainLink.enterprises.totalCount;
    const firmsBefore = await linkFirms();
    const reportBefore = await new ReportRunner(stack.driver).runReport('chain-completeness', { regionId: 'shangcai' });

    await importDataset(
      stack.driver,
      table('later.csv', ['统一社会信用代码,企业名称,登记状态,注销日期', `${firm!.code},上蔡雄河鞋业,注销,2026-11-30`]),
    );

    const after = await footwear();
    for (const link of before.links) {
      const expected = link.localEnterpriseCount - (firm!.links.includes(link.link.id) ? 1 : 0);
      expect(countOf(after, link.link.id)).toBe(expected);
    }
    expect(await linkFirms()).toBe(firmsBefore - 1);
    const { data } = await stack.query<{ enterprise: { registrationStatus: string; registrationStatusSince: string } }>(
      '{ enterprise(id: "shangcai-xionghe-shoes") { registrationStatus registrationStatusSince } }',
    );
    expect(data!.enterprise).toEqual({ registrationStatus: 'DEREGISTERED', registrationStatusSince: '2026-11-30' });
    // The report that restates the gap rules counts the same.
    const reportAfter = await new ReportRunner(stack.driver).runReport('chain-completeness', { regionId: 'shangcai' });
    const footwearRow = (rows: Record<string, unknown>[]) => rows.find((row) => row.chainId === 'footwear');
    expect(footwearRow(reportAfter.rows)!.completeness).toBe(after.completeness);
    expect(footwearRow(reportBefore.rows)!.completeness).toBe(before.completeness);

    // Active again (a registry error corrected): it counts again.
    await importDataset(stack.driver, table('again.csv', ['统一社会信用代码,企业名称,登记状态', `${firm!.code},上蔡雄河鞋业,存续`]));
    expect(await footwear()).toEqual(before);
  });

  it('leaves a deregistered firm out of every ranking of candidates', async () => {
    const gapsWith = async () =>
      (
        await planner<{ chainGaps: { gaps: { candidates: { enterprise: { id: string } }[] }[] } }>(
          '{ chainGaps(regionId: "shangcai", chainId: "footwear") { gaps { candidates(first: 100) { enterprise { id } } } } }',
        )
      ).data!.chainGaps.gaps.flatMap((gap) => gap.candidates.map((candidate) => candidate.enterprise.id));
    const candidates = await gapsWith();
    expect(candidates).toContain('jinjiang-sanchuang-soles');
    await importDataset(
      stack.driver,
      table('sanchuang.csv', ['统一社会信用代码,企业名称,登记状态', `${await codeOf('jinjiang-sanchuang-soles')},晋江三创鞋底,吊销`]),
    );
    expect(await gapsWith()).not.toContain('jinjiang-sanchuang-soles');
  });
});

async function codeOf(id: string): Promise<string> {
  const [row] = await readRows<{ code: string }>(stack.driver, 'MATCH (e:Enterprise {id: $id}) RETURN e.creditCode AS code', { id });
  return row!.code;
}

describe("a firm's contact (法定代表人, 电话)", () => {
  it('is shown to planners and analysts, never to anonymous callers', async () => {
    await importDataset(
      stack.driver,
      table('contact.csv', [
        '统一社会信用代码,企业名称,法定代表人,电话',
        `${await codeOf('henan-jinlu-shoes')},河南金陆鞋业,张三,0396-6912345`,
      ]),
    );
    const query = '{ enterprise(id: "henan-jinlu-shoes") { name contact { legalRepresentative phone } } }';
    const anonymous = await stack.query<{ enterprise: { name: string; contact: unknown } }>(query);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(anonymous)).not.toMatch(/张三|6912345/);
    for (const role of ['planner', 'analyst'] as const) {
      const { data, errors } = await stack.as(role, 'shangcai')<{ enterprise: { contact: unknown } }>(query);
      expect(errors).toBeUndefined();
      expect(data!.enterprise.contact).toEqual({ legalRepresentative: '张三', phone: '0396-6912345' });
    }
  });
});

describe('townships (乡镇/街道)', () => {
  it('hold the firms an export places there, which count for their county, and a county lists them', async () => {
    await importNationalRegions(stack.driver);
    const before = await footwear();
    const code = creditCode(120);
    await importDataset(
      stack.driver,
      table('township.csv', [
        '统一社会信用代码,企业名称,所属区县,注册地址,产业链环节',
        `${code},上蔡东洪鞋厂,上蔡县,上蔡县东洪镇工业园3号,Shoe assembly`,
      ]),
    );
    const [placed] = await readRows<{ township: string; level: string; county: string }>(
      stack.driver,
      'MATCH (:Enterprise {creditCode: $code})-[:LOCATED_IN]->(place:Region)-[:PART_OF]->(county:Region) RETURN place.nameZh AS township, place.level AS level, county.id AS county',
      { code },
    );
    expect(placed).toEqual({ township: '东洪镇', level: 'TOWNSHIP', county: 'shangcai' });
    expect(countOf(await footwear(), 'footwear/shoe-assembly')).toBe(countOf(before, 'footwear/shoe-assembly') + 1);
    const { data, errors } = await planner<{
      region: { subregionOverview: { subregions: { region: { nameZh: string; level: string } }[] } };
    }>('{ region(id: "shangcai") { subregionOverview(chainId: "footwear") { subregions { region { nameZh level } } } } }');
    expect(errors).toBeUndefined();
    const townships = data!.region.subregionOverview.subregions.map((summary) => summary.region);
    expect(townships.length).toBeGreaterThan(10);
    expect(townships.every((region) => region.level === 'TOWNSHIP')).toBe(true);
    expect(townships.map((region) => region.nameZh)).toContain('东洪镇');
  });
});
