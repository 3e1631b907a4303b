import { type Language, type Texts, wordIssue } from '@hoicho/platform';
import type { PlanIssue, PlanIssueCode } from '../domain';

/**
 * A plan issue in words, per language: `{name}` is filled from the issue's params; `{xAt}` is
 * param `x` followed by its line in the file when the params have `xLine` ("A-01 (line 3)").
 */
export const PLAN_ISSUE_TEXTS: Record<PlanIssueCode, Texts> = {
  code_invalid: {
    vi: '"{value}" không phải mã gian (chữ, số, . _ / -; tối đa 32 ký tự)',
    en: '"{value}" is not a booth code (letters, digits, . _ / -; up to 32)',
  },
  code_duplicate: {
    vi: 'mã gian trùng, đã dùng ở {otherAt}',
    en: 'duplicate booth code, already used by {otherAt}',
  },
  code_in_plan: { vi: 'mã gian đã có trong sơ đồ', en: 'booth code already in the plan' },
  zone_unknown: { vi: 'không có khu "{zone}"', en: 'unknown zone "{zone}"' },
  type_unknown: { vi: 'không có loại gian "{type}"', en: 'unknown booth type "{type}"' },
  not_negative: { vi: 'phải là số ≥ 0', en: 'must be a number ≥ 0' },
  not_positive: { vi: 'phải là số > 0', en: 'must be a number > 0' },
  neighbour_twice: { vi: '{neighbour} được ghi hai lần', en: '{neighbour} is listed twice' },
  neighbour_self: {
    vi: 'một gian không thể kề chính nó',
    en: 'a booth cannot be its own neighbour',
  },
  neighbour_unknown: { vi: 'không có gian kề {neighbour}', en: 'unknown neighbour {neighbour}' },
  neighbour_not_mutual: {
    vi: '{booth} ghi {neighbour} là gian kề nhưng {neighbourAt} không ghi {booth}',
    en: '{booth} lists {neighbour} as a neighbour but {neighbourAt} does not list {booth}',
  },
  overlap: { vi: 'chồng lên gian {otherAt}', en: 'overlaps booth {otherAt}' },
  too_many_booths: {
    vi: 'một sơ đồ có tối đa {max} gian; sơ đồ này sẽ có {count}',
    en: 'a plan holds at most {max} booths; this one would have {count}',
  },
  required: { vi: 'bắt buộc phải có', en: 'is required' },
  not_text: { vi: 'phải là văn bản', en: 'must be text' },
  not_number: { vi: '"{value}" không phải là số', en: '"{value}" is not a number' },
  not_yes_no: {
    vi: '"{value}" không phải có/không (1/0, true/false, có/không)',
    en: '"{value}" is not yes/no (1/0, true/false, có/không)',
  },
  neighbours_not_list: { vi: 'phải là danh sách mã gian', en: 'must be a list of booth codes' },
  file_not_utf8: {
    vi: 'tệp không phải văn bản UTF-8; hãy lưu dưới dạng "CSV UTF-8"',
    en: 'the file is not UTF-8 text; save it as "CSV UTF-8"',
  },
  file_empty: { vi: 'tệp trống', en: 'the file is empty' },
  csv_malformed: { vi: 'tệp CSV bị lỗi định dạng: {detail}', en: '{detail}' },
  json_malformed: { vi: 'không phải JSON hợp lệ: {detail}', en: 'not valid JSON: {detail}' },
  column_unnamed: { vi: 'cột {column} không có tên', en: 'column has no name' },
  column_unknown: {
    vi: 'cột không được biết; các cột là {expected}',
    en: 'unknown column; expected {expected}',
  },
  column_twice: { vi: 'cột xuất hiện hai lần', en: 'column appears twice' },
  column_missing: { vi: 'thiếu cột', en: 'missing column' },
  row_extra_values: {
    vi: '{values} giá trị cho {columns} cột',
    en: '{values} values for {columns} columns',
  },
  field_unknown: { vi: 'trường không được biết', en: 'unknown field' },
  field_not_booths: {
    vi: 'trường không được biết; chỉ đọc "booths"',
    en: 'unknown field; only "booths" is read',
  },
  booths_not_array: { vi: 'phải là một danh sách gian', en: 'must be an array of booths' },
  booth_not_object: { vi: 'phải là một đối tượng', en: 'must be an object' },
  no_booths: { vi: 'sơ đồ không có gian nào', en: 'the plan has no booths' },
  whole_positive: { vi: 'phải là số nguyên > 0', en: 'must be a whole number > 0' },
  whole_not_negative: { vi: 'phải là số nguyên ≥ 0', en: 'must be a whole number ≥ 0' },
};

const LINE: Texts = { vi: 'dòng', en: 'line' };

/** One plan issue worded in `language` from its code and params. */
export function planIssueText(
  issue: Pick<PlanIssue, 'code' | 'params'>,
  language: Language,
): string {
  const params: Record<string, string | number> = { ...issue.params };
  for (const [key, value] of Object.entries(issue.params ?? {})) {
    const line = issue.params?.[`${key}Line`];
    params[`${key}At`] = line === undefined ? value : `${value} (${LINE[language]} ${line})`;
  }
  return wordIssue(PLAN_ISSUE_TEXTS, issue.code, params, language);
}
