import { describe, expect, it } from 'vitest';
import { candidatesCsv } from '../../src/web/candidates-csv.js';
import { layoutChain, LINK_BOX } from '../../src/web/chain-layout.js';
import { parseCsv } from '../support/csv.js';

describe('the map draws a chain with a layout library', () => {
  // A diamond with a tail: a feeds b and c, both feed d, d feeds e.
  const chain = {
    linkIds: ['e', 'd', 'c', 'b', 'a'],
    feeds: [
      { from: 'a', to: 'b' },
      { from: 'a', to: 'c' },
      { from: 'b', to: 'd' },
      { from: 'c', to: 'd' },
      { from: 'd', to: 'e' },
    ],
  };
  const layout = layoutChain(chain);
  const at = new Map(layout.links.map((link) => [link.id, link]));

  it('puts every link upstream of the links it feeds (left to right)', () => {
    for (const feed of chain.feeds) expect(at.get(feed.from)!.x + LINK_BOX.width).toBeLessThan(at.get(feed.to)!.x);
  });

  it('never overlaps two boxes and keeps them inside the drawing', () => {
    const boxes = layout.links;
    for (const [index, one] of boxes.entries()) {
      expect(one.x).toBeGreaterThanOrEqual(0);
      expect(one.y).toBeGreaterThanOrEqual(0);
      expect(one.x + LINK_BOX.width).toBeLessThanOrEqual(layout.width);
      expect(one.y + LINK_BOX.height).toBeLessThanOrEqual(layout.height);
      for (const other of boxes.slice(index + 1)) {
        const apart =
          one.x + LINK_BOX.width <= other.x ||
          other.x + LINK_BOX.width <= one.x ||
          one.y + LINK_BOX.height <= other.y ||
          other.y + LINK_BOX.height <= one.y;
        expect(apart, `${one.id} and ${other.id} overlap`).toBe(true);
      }
    }
  });

  it('routes every FEEDS edge from its source box to its target box', () => {
    for (const feed of layout.feeds) {
      const [start, end] = [feed.points[0]!, feed.points.at(-1)!];
      expect(start.x).toBeCloseTo(at.get(feed.from)!.x + LINK_BOX.width, 0);
      expect(end.x).toBeCloseTo(at.get(feed.to)!.x, 0);
    }
  });
});

describe('the candidate export', () => {
  it('is a CSV a spreadsheet reads back: BOM, CRLF, quoted commas and quotes, Chinese names', () => {
    const csv = candidatesCsv(
      [
        {
          rank: 1,
          name: 'Wenzhou "Lianhe", Leather',
          nameZh: '温州联合皮革',
          creditCode: '91330300MA2H4P0X1T',
          region: 'Wenzhou',
          score: 0.2512,
          annualValueToLocalFirms: 0,
          revenue: 700_000_000,
          leading: false,
          listed: true,
          reasons: ['revenue of 700 million yuan a year', 'a listed company'],
        },
      ],
      'en',
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const [header, row] = parseCsv(csv.slice(1));
    expect(header).toEqual([
      'rank',
      'name',
      'name_zh',
      'credit_code',
      'region',
      'score',
      'annual_value_to_local_firms_yuan',
      'revenue_yuan',
      'leading',
      'listed',
      'reasons',
    ]);
    expect(row).toEqual([
      '1',
      'Wenzhou "Lianhe", Leather',
      '温州联合皮革',
      '91330300MA2H4P0X1T',
      'Wenzhou',
      '0.251',
      '0',
      '700000000',
      'false',
      'true',
      'revenue of 700 million yuan a year; a listed company',
    ]);
  });

  it('follows the page language: Chinese headings, 是/否, reasons joined the Chinese way', () => {
    const row = {
      rank: 1,
      name: 'Wenzhou Leather',
      nameZh: '温州皮革',
      creditCode: '91330300MA2H4P0X1T',
      region: '温州市',
      score: 0.5,
      annualValueToLocalFirms: 0,
      revenue: null,
      leading: true,
      listed: false,
      reasons: ['龙头企业', '上市公司'],
    };
    const [header, line] = parseCsv(candidatesCsv([row], 'zh').slice(1));
    expect(header).toEqual([
      '排名',
      '英文名称',
      '企业名称',
      '统一社会信用代码',
      '所在地区',
      '得分',
      '年向本地企业供货额（元）',
      '年营业收入（元）',
      '龙头企业',
      '上市公司',
      '推荐理由',
    ]);
    expect(line).toEqual([
      '1',
      'Wenzhou Leather',
      '温州皮革',
      '91330300MA2H4P0X1T',
      '温州市',
      '0.500',
      '0',
      '',
      '是',
      '否',
      '龙头企业；上市公司',
    ]);
  });
});
