import { copyRow } from './copy-text';

describe('copyRow', () => {
  it('writes the COPY text form: NULL, booleans, escapes and text[] literals', () => {
    expect(copyRow([7, 'An', null, undefined, true, false])).toBe('7\tAn\t\\N\t\\N\tt\tf\n');
    expect(copyRow(['a\tb\nc\rd\\e'])).toBe('a\\tb\\nc\\rd\\\\e\n');
    expect(copyRow([['gốm', 'say "hi"', 'a\\b', 'x,y'], []])).toBe(
      '{"gốm","say \\\\"hi\\\\"","a\\\\\\\\b","x,y"}\t{}\n',
    );
  });
});
