/**
 * Carriers (载体) through the gateway, on the demo data: Shangcai's parks offer standard factories, land, an office and
 * a warehouse (seeds/demo/carriers.ts); anyone may see them, by park or across a region's whole subtree.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDataset, InvalidDatasetError } from '../../src/dataset/import.js';
import { useStack } from '../support/stack.js';

const stack = useStack();

interface CarrierAnswer {
  id: string;
  park: { id: string };
  areaM2: number;
}

describe('carriers', () => {
  it('are listed by park, ordered by id, with their figures, to anyone', async () => {
    const { data, errors } = await stack.query<{ park: { carriers: Record<string, unknown>[] } }>(
      `{ park(id: "xiongan-footwear-park") { carriers {
        id name nameZh kind park { id name } areaM2 availableFrom status powerKva floorLoadKgPerM2 rentYuanPerM2Month source
      } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.park.carriers.map((carrier) => carrier.id)).toEqual(['xiongan-sf-a3', 'xiongan-sf-b1', 'xiongan-sf-b2']);
    expect(data!.park.carriers[2]).toEqual({
      id: 'xiongan-sf-b2',
      name: 'Standard factory B2',
      nameZh: '标准化厂房B2栋',
      kind: 'STANDARD_FACTORY',
      park: { id: 'xiongan-footwear-park', name: "Xiong'an Footwear Transfer Park" },
      areaM2: 5200,
      availableFrom: '2027-03-01',
      status: 'AVAILABLE',
      powerKva: 630,
      floorLoadKgPerM2: 800,
      rentYuanPerM2Month: 7.5,
      source: 'ILLUSTRATIVE',
    });
  });

  it('are found across a region and every region under it, by status, kind and least area, by park then id', async () => {
    const ask = async (region: string, args: string) => {
      const { data, errors } = await stack.query<{ region: { carriers: CarrierAnswer[] } }>(
        `{ region(id: "${region}") { carriers${args} { id park { id } areaM2 } } }`,
      );
      expect(errors).toBeUndefined();
      return data!.region.carriers.map((carrier) => carrier.id);
    };
    const freeFactories = '(status: AVAILABLE, kind: STANDARD_FACTORY, minAreaM2: 5000)';
    expect(await ask('shangcai', freeFactories)).toEqual(['longfeng-sf-c1', 'xiongan-sf-a3', 'xiongan-sf-b2']);
    // Zhumadian holds Shangcai: the city sees the county's carriers.
    expect(await ask('zhumadian', freeFactories)).toEqual(['longfeng-sf-c1', 'xiongan-sf-a3', 'xiongan-sf-b2']);
    expect(await ask('shangcai', '(kind: LAND)')).toEqual(['shangcai-aa-land-07']);
    expect(await ask('shangcai', '(status: OCCUPIED)')).toEqual(['xiongan-sf-b1']);
    expect(await ask('shangcai', '(first: 2)')).toEqual(['longfeng-office-1', 'longfeng-sf-c1']);
    expect(await ask('weihui', '')).toEqual([]);
  });

  it('refuses a page size out of range and a negative area, saying which', async () => {
    const page = await stack.query('{ region(id: "shangcai") { carriers(first: 0) { id } } }');
    expect(page.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'first' } });
    const area = await stack.query('{ region(id: "shangcai") { carriers(minAreaM2: -1) { id } } }');
    expect(area.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'minAreaM2' } });
  });

  it('go in from a dataset file, which is refused whole for a carrier in no park or of an unknown kind', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'carriers-'));
    const file = (name: string, carriers: unknown[]) => {
      const written = path.join(dir, name);
      writeFileSync(written, JSON.stringify({ carriers }));
      return written;
    };
    const plot = {
      id: 'weihui-plot-1',
      name: 'Plot 1',
      nameZh: '1号地块',
      parkId: 'houhe-park',
      kind: 'LAND',
      areaM2: 20000,
      status: 'AVAILABLE',
    };
    const refused = await importDataset(
      stack.driver,
      file('bad.json', [plot, { ...plot, id: 'weihui-plot-2', parkId: 'atlantis-park' }, { ...plot, id: 'weihui-plot-3', kind: 'CASTLE' }]),
    ).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(InvalidDatasetError);
    const message = (refused as Error).message;
    expect(message).toContain("carriers[1].parkId: no Park 'atlantis-park'");
    expect(message).toContain('carriers[2].kind');

    await importDataset(stack.driver, file('good.json', [plot]));
    const { data } = await stack.query<{ region: { carriers: { id: string; availableFrom: string | null }[] } }>(
      '{ region(id: "weihui") { carriers { id availableFrom } } }',
    );
    expect(data!.region.carriers).toEqual([{ id: 'weihui-plot-1', availableFrom: null }]);
  });
});
