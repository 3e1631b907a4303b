import { escapeLike } from './escape-like';

describe('escapeLike', () => {
  it('makes LIKE wildcards and the escape character literal, and leaves the rest alone', () => {
    expect(escapeLike('50%_off\\now')).toBe('50\\%\\_off\\\\now');
    expect(escapeLike('invitation:')).toBe('invitation:');
    expect(escapeLike('Nguyễn Văn An')).toBe('Nguyễn Văn An');
  });
});
