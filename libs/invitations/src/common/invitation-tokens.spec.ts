import { AppConfig } from '@hoicho/platform';
import { hashInvitationToken, isWellFormedInvitationToken } from '../domain';
import { InvitationTokens } from './invitation-tokens';

const tokens = (secret: string) => new InvitationTokens({ secret } as AppConfig);
const ID = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

describe('InvitationTokens', () => {
  const box = tokens('a-secret-a-secret-a-secret-a-secret-0001');

  it('issues a well-formed random token, its hash, and a sealed copy that opens to it', () => {
    const issued = box.issue(ID);
    expect(isWellFormedInvitationToken(issued.token)).toBe(true);
    expect(issued.hash).toEqual(hashInvitationToken(issued.token));
    expect(issued.sealed).not.toBe(issued.token);
    expect(box.open(ID, issued.sealed)).toBe(issued.token);
    expect(box.issue(ID).token).not.toBe(issued.token);
  });

  it('opens nothing useful with another secret or another invitation id', () => {
    const issued = box.issue(ID);
    expect(tokens('another-secret-another-secret-00000002').open(ID, issued.sealed)).not.toBe(
      issued.token,
    );
    expect(box.open('00000000-0000-4000-8000-000000000000', issued.sealed)).not.toBe(issued.token);
  });

  it('looks up only well-formed tokens', () => {
    expect(box.lookupHash('short')).toBeUndefined();
    const { token, hash } = box.issue(ID);
    expect(box.lookupHash(token)).toEqual(hash);
  });
});
