import { describe, expect, it } from 'vitest';
import { groupOf } from './sample-groups';

describe('groupOf', () => {
  it('puts accepted samples under their custody status', () => {
    for (const status of ['requested', 'received', 'on_display', 'returned'] as const)
      expect(groupOf({ entryStatus: 'accepted', custodyStatus: status })).toBe(status);
  });

  it('keeps open invitations and proposals apart, and the rest as settled', () => {
    expect(groupOf({ entryStatus: 'invited', custodyStatus: null })).toBe('entries');
    expect(groupOf({ entryStatus: 'proposed', custodyStatus: null })).toBe('entries');
    for (const status of ['sold', 'damaged', 'lost', 'cancelled'] as const)
      expect(groupOf({ entryStatus: 'accepted', custodyStatus: status })).toBe('settled');
    expect(groupOf({ entryStatus: 'declined', custodyStatus: null })).toBe('settled');
    expect(groupOf({ entryStatus: 'withdrawn', custodyStatus: null })).toBe('settled');
  });
});
