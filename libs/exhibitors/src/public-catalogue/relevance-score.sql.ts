import { searchPatterns } from '../common/search-words';
import { SqlParams } from '../common/sql-params';

/**
 * How relevant a catalogue row `cp` is to the words of `query`, as an SQL integer (higher
 * first). Every row scored already holds every word somewhere in its search key (product and
 * producer words, diacritics stripped, đ → d); the score says where:
 *   - the product's names (`name_key`) begin with the whole query: +8;
 *   - per word, one of the names' words begins with it: +4, else the names contain it: +2;
 *   - per word, the product's own words (`own_key`: names, category, materials) contain it: +1
 *     (a word found only among the producer's words adds nothing).
 * So "giỏ mây" puts "Giỏ mây đan tay" before "Bộ 3 giỏ lục bình" (mây only a material), and
 * both before a basket of a producer called "HTX Mây tre". The words are keyed with
 * `hc_search_key` like the stored keys; the patterns are constants the planner folds once.
 *
 * Most rows scored hold a word only among the producer's or the product's other words, so
 * each word's terms start with the one test that usually fails (do the names contain it?) and
 * only then ask whether a name's word begins with it; "begins a word" is two prefix-anchored
 * tests on the stored key rather than a match on a copy with a space put in front per row.
 */
export function relevanceScore(query: string | undefined, params: SqlParams): string {
  const words = searchPatterns(query).map((pattern) => pattern.slice(1, -1));
  if (words.length === 0) return '0';
  const terms = [
    `CASE WHEN cp.name_key LIKE hc_search_key(${params.add(words.join(' '))}) || '%' THEN 8 ELSE 0 END`,
  ];
  for (const word of words) {
    const key = `hc_search_key(${params.add(word)})`;
    const own = `CASE WHEN cp.own_key LIKE '%' || ${key} || '%' THEN 1 ELSE 0 END`;
    terms.push(
      `CASE WHEN cp.name_key LIKE '%' || ${key} || '%' THEN` +
        ` (CASE WHEN cp.name_key LIKE ${key} || '%' OR cp.name_key LIKE '% ' || ${key} || '%'` +
        ` THEN 4 ELSE 2 END) + ${own}` +
        ` WHEN cp.own_key LIKE '%' || ${key} || '%' THEN 1 ELSE 0 END`,
    );
  }
  return terms.join(' + ');
}
