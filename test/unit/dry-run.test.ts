import { describe, expect, it } from 'vitest';
import { recordChange, relationshipChange } from '../../src/dataset/dry-run.js';

describe('what a record would change', () => {
  const stored = {
    properties: { id: 'f', name: 'F', revenue: 100, leading: true },
    placeId: 'shangcai',
    related: ['footwear/soles'],
  };

  it('is new when nothing is stored for its id', () => {
    expect(recordChange('enterprises', { id: 'f', name: 'F' }, undefined)).toBe('new');
  });

  it('is unchanged when every field and relationship it carries is as stored, whatever it does not carry', () => {
    expect(recordChange('enterprises', { id: 'f', revenue: 100 }, stored)).toBe('unchanged');
    expect(recordChange('enterprises', { id: 'f', regionId: 'shangcai', linkIds: ['footwear/soles'] }, stored)).toBe('unchanged');
  });

  it('is updated when a field, the place or the declared links differ', () => {
    expect(recordChange('enterprises', { id: 'f', revenue: 120 }, stored)).toBe('updated');
    expect(recordChange('enterprises', { id: 'f', parkId: 'minquan-aa' }, stored)).toBe('updated');
    expect(recordChange('enterprises', { id: 'f', linkIds: [] }, stored)).toBe('updated');
  });

  it('of a relationship: new when absent, updated when its value differs', () => {
    expect(relationshipChange(null, false, 5)).toBe('new');
    expect(relationshipChange(5, true, 5)).toBe('unchanged');
    expect(relationshipChange(5, true, 6)).toBe('updated');
  });
});
