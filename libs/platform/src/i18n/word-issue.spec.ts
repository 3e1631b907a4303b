import { fillTemplate, wordIssue } from './word-issue';

const CATALOGUE = {
  taken: { vi: 'gian {booth} đã có người', en: 'booth {booth} is taken' },
  several: {
    vi: 'nhiều khu ({zones}), {count} gian',
    en: 'several zones ({zones}), {count} booths',
  },
};

describe('wordIssue', () => {
  it('fills a code’s template in the language asked', () => {
    expect(wordIssue(CATALOGUE, 'taken', { booth: 'A-01' }, 'vi')).toBe('gian A-01 đã có người');
    expect(wordIssue(CATALOGUE, 'taken', { booth: 'A-01' }, 'en')).toBe('booth A-01 is taken');
  });

  it('joins a list and writes numbers as they are', () => {
    expect(wordIssue(CATALOGUE, 'several', { zones: ['Gốm', 'Lụa'], count: 3 }, 'en')).toBe(
      'several zones (Gốm, Lụa), 3 booths',
    );
  });

  it('leaves a placeholder without its param in sight', () => {
    expect(wordIssue(CATALOGUE, 'taken', {}, 'vi')).toBe('gian {booth} đã có người');
  });
});

describe('fillTemplate', () => {
  it('fills named and positional placeholders alike', () => {
    expect(fillTemplate('dài từ {0} đến {1} ký tự', [2, 10])).toBe('dài từ 2 đến 10 ký tự');
    expect(fillTemplate('Một số trường chưa hợp lệ: {fields}', { fields: ['Email', 'Tên'] })).toBe(
      'Một số trường chưa hợp lệ: Email, Tên',
    );
  });
});
