import { describe, expect, it } from 'vitest';
import { PROJECT_STATUSES } from '../../src/dataset/types.js';
import { nextStatuses, transitionProblem } from '../../src/domain/project-pipeline.js';

describe('the project pipeline', () => {
  it('moves one step at a time along LEAD → CONTACTED → NEGOTIATING → SIGNED → LANDED → OPERATING, or to DROPPED', () => {
    expect(nextStatuses('LEAD')).toEqual(['CONTACTED', 'DROPPED']);
    expect(nextStatuses('SIGNED')).toEqual(['LANDED', 'DROPPED']);
    expect(nextStatuses('OPERATING')).toEqual(['DROPPED']);
    expect(nextStatuses('DROPPED')).toEqual([]);
  });

  it('allows exactly those moves and explains every other', () => {
    for (const from of PROJECT_STATUSES) {
      for (const to of PROJECT_STATUSES) {
        expect(transitionProblem(from, to) === undefined, `${from} → ${to}`).toBe(nextStatuses(from).includes(to));
      }
    }
    expect(transitionProblem('CONTACTED', 'SIGNED')).toBe('a CONTACTED project can move only to NEGOTIATING or DROPPED, not to SIGNED');
    expect(transitionProblem('DROPPED', 'LEAD')).toBe('the project is DROPPED; a dropped project cannot move');
  });
});
