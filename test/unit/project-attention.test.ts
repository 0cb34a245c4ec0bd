import { describe, expect, it } from 'vitest';
import { attentionOf, type AttentionFacts } from '../../src/domain/project-attention.js';
import { activeProjectKey, isActive } from '../../src/domain/project-pipeline.js';
import { reasonText } from '../../src/domain/reasons.js';

const today = new Date('2026-12-02T09:00:00Z');
const calm: AttentionFacts = { status: 'NEGOTIATING', followUpAt: '2026-12-02', openBlockers: [], lastActivityAt: '2026-11-20T10:00:00Z' };

describe('when a project needs attention', () => {
  it('not when its follow-up is today, it has no open blocker and something happened within staleDays', () => {
    expect(attentionOf(calm, today, 30)).toBeNull();
    expect(attentionOf({ ...calm, followUpAt: null }, today, 30)).toBeNull();
  });

  it('overdue the day after its follow-up date, counting calendar days', () => {
    const attention = attentionOf({ ...calm, followUpAt: '2026-12-01' }, today, 30)!;
    expect(attention).toMatchObject({ kinds: ['OVERDUE'], urgency: 1 });
    expect(attention.reasons.map((reason) => reasonText(reason, 'en'))).toEqual(['follow-up was due on 2026-12-01, 1 day ago']);
  });

  it('blocked by each open blocker, and stale from exactly staleDays without a change', () => {
    const attention = attentionOf(
      {
        ...calm,
        openBlockers: [{ kind: 'LAND', text: '用地指标未落实', openedAt: '2026-11-22T08:00:00Z' }],
        lastActivityAt: '2026-11-02T23:00:00Z',
      },
      today,
      30,
    );
    expect(attention).toMatchObject({ kinds: ['BLOCKED', 'STALE'], urgency: 10 + 30 });
    expect(attention!.reasons.map((reason) => reasonText(reason, 'en'))).toEqual([
      'blocked (land) since 2026-11-22: 用地指标未落实',
      'nothing done for 30 days (last change on 2026-11-02)',
    ]);
    expect(attention!.reasons.map((reason) => reasonText(reason, 'zh'))).toEqual([
      '2026-11-22起卡在用地上：用地指标未落实',
      '已经30天没有进展（上次变动在2026-11-02）',
    ]);
    expect(attentionOf({ ...calm, lastActivityAt: '2026-11-03T00:00:00Z' }, today, 30)).toBeNull();
  });

  it('never for a project no longer active', () => {
    for (const status of ['DROPPED', 'OPERATING'] as const) {
      expect(attentionOf({ ...calm, status, followUpAt: '2025-01-01' }, today, 30)).toBeNull();
      expect(isActive(status)).toBe(false);
      expect(activeProjectKey(status, 'e', 'r', 'l')).toBeNull();
    }
  });

  it('keys an active project by firm, region and link, a missing link included', () => {
    expect(activeProjectKey('LANDED', 'e', 'r', null)).toBe(activeProjectKey('LEAD', 'e', 'r', null));
    expect(activeProjectKey('LEAD', 'e', 'r', null)).not.toBe(activeProjectKey('LEAD', 'e', 'r', 'l'));
    expect(activeProjectKey('LEAD', 'e|r', 'x', null)).not.toBe(activeProjectKey('LEAD', 'e', 'r|x', null));
  });
});
