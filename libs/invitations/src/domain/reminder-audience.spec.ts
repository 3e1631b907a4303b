import { matchesAudience, type InvitationFacts } from './reminder-audience';

const opened = new Date('2025-10-01T00:00:00Z');
const invitations: Record<string, InvitationFacts> = {
  neverOpened: { rsvp: 'pending', openedAt: null },
  openedUnanswered: { rsvp: 'pending', openedAt: opened },
  coming: { rsvp: 'accepted', openedAt: opened },
  came: { rsvp: 'accepted', openedAt: opened, checkedInAt: opened },
  notComing: { rsvp: 'declined', openedAt: opened },
};

function audience(name: Parameters<typeof matchesAudience>[0]): string[] {
  return Object.keys(invitations).filter((key) => matchesAudience(name, invitations[key]));
}

describe('reminder audiences', () => {
  it('select the invitations their names promise', () => {
    expect(audience('unanswered')).toEqual(['neverOpened', 'openedUnanswered']);
    expect(audience('not_opened')).toEqual(['neverOpened']);
    expect(audience('accepted')).toEqual(['coming', 'came']);
    expect(audience('accepted_not_checked_in')).toEqual(['coming']);
    expect(audience('declined')).toEqual(['notComing']);
  });
});
