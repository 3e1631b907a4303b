import { searchConditions, searchPatterns } from './search-words';

describe('searchPatterns', () => {
  it('splits on white space and wraps each word', () => {
    expect(searchPatterns('  phú  vinh\tmây ')).toEqual(['%phú%', '%vinh%', '%mây%']);
  });

  it('escapes LIKE wildcards so they match literally', () => {
    expect(searchPatterns('50%_off\\')).toEqual(['%50\\%\\_off\\\\%']);
  });

  it('gives nothing for an empty or missing query, and at most eight words', () => {
    expect(searchPatterns(undefined)).toEqual([]);
    expect(searchPatterns('   ')).toEqual([]);
    expect(searchPatterns('a b c d e f g h i j')).toHaveLength(8);
  });
});

describe('searchConditions', () => {
  it('numbers parameters after the ones already there', () => {
    const params: unknown[] = ['x'];
    expect(searchConditions('p.search_key', 'dang an', params)).toEqual([
      'p.search_key LIKE hc_search_key($2)',
      'p.search_key LIKE hc_search_key($3)',
    ]);
    expect(params).toEqual(['x', '%dang%', '%an%']);
  });
});
