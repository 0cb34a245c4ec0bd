import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boundariesDir } from '../../src/gateway/boundaries.js';

describe('the base map folder', () => {
  it('is the project’s own copy of ECharts’ map data unless configured', () => {
    expect(boundariesDir({})).toMatch(/echarts-map-data[/\\]map[/\\]json$/);
  });

  it('takes a deployment’s approved base map, and refuses a folder without china.json, saying what to do', () => {
    const folder = mkdtempSync(join(tmpdir(), 'base-map-'));
    expect(() => boundariesDir({ MAP_BOUNDARIES_DIR: folder })).toThrow(/holds no china\.json; see docs\/map-boundaries\.md/);
    writeFileSync(join(folder, 'china.json'), '{"type":"FeatureCollection","features":[]}');
    expect(boundariesDir({ MAP_BOUNDARIES_DIR: folder })).toBe(folder);
  });
});
