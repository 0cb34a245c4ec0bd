import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { forEachRecord, type DatasetRecord } from '../../src/dataset/read.js';

const file = path.join(mkdtempSync(path.join(tmpdir(), 'chain-graph-passes-')), 'dataset.json');
writeFileSync(
  file,
  JSON.stringify({
    supplies: [{ supplierId: 'a', customerId: 'b', linkId: 'l', annualValue: 1 }],
    chains: [{ id: 'c', links: [{ id: 'l', feeds: [] }], feeds: [[1, [2, { deep: [3] }]]] }, 7, { id: 'd' }],
    enterprises: [{ id: 'a' }, { id: 'b', linkIds: ['l'] }],
  }),
);

async function recordsOf(sections: Parameters<typeof forEachRecord>[1]): Promise<DatasetRecord[]> {
  const seen: DatasetRecord[] = [];
  await forEachRecord(file, sections, (record) => void seen.push(record));
  return seen;
}

describe('a pass over a dataset file', () => {
  it('visits only the records of its sections, in file order, each with its index in its section', async () => {
    expect(await recordsOf(['enterprises', 'supplies'])).toEqual([
      { kind: 'record', section: 'supplies', index: 0, value: { supplierId: 'a', customerId: 'b', linkId: 'l', annualValue: 1 } },
      { kind: 'record', section: 'enterprises', index: 0, value: { id: 'a' } },
      { kind: 'record', section: 'enterprises', index: 1, value: { id: 'b', linkIds: ['l'] } },
    ]);
  });

  it('counts the records it skips, nested or plain, so later indexes stay true', async () => {
    expect((await recordsOf(['chains'])).map((record) => [record.index, record.value])).toEqual([
      [0, { id: 'c', links: [{ id: 'l', feeds: [] }], feeds: [[1, [2, { deep: [3] }]]] }],
      [1, 7],
      [2, { id: 'd' }],
    ]);
  });
});
