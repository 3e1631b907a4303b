import { jsonNestsDeeperThan } from './json-nesting';

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('jsonNestsDeeperThan', () => {
  it('counts nested arrays and objects', () => {
    expect(jsonNestsDeeperThan(bytes('{"a":[{"b":[1]}]}'), 4)).toBe(false);
    expect(jsonNestsDeeperThan(bytes('{"a":[{"b":[1]}]}'), 3)).toBe(true);
  });

  it('measures depth, not how many siblings there are', () => {
    expect(jsonNestsDeeperThan(bytes(`[${'[],'.repeat(10_000)}[]]`), 2)).toBe(false);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(jsonNestsDeeperThan(bytes('{"a":"[[[[{{{{","b":"\\"[[[["}'), 1)).toBe(false);
    expect(jsonNestsDeeperThan(bytes('{"a":"\\\\","b":[[1]]}'), 2)).toBe(true);
  });

  it('reads Vietnamese text and other multi-byte characters as text', () => {
    expect(jsonNestsDeeperThan(bytes('{"tên":"Làng gốm Bát Tràng [Đồ] 🏺"}'), 1)).toBe(false);
  });

  it('finds a hundred thousand levels without recursion', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(jsonNestsDeeperThan(bytes(deep), 32)).toBe(true);
  });
});
