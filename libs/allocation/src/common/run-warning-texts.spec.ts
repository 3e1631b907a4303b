import { RUN_WARNING_CODES } from '../runs/run-warning-codes';
import { buildInstance } from '../runs/instance-builder';
import { RUN_WARNING_TEXTS, runWarningText } from './run-warning-texts';

const booth = (code: string, blocked = false) => ({
  code,
  zone: 'gom-su',
  type: 'tieu-chuan',
  corner: false,
  blocked,
  neighbours: [],
});
const request = (id: string, size = 1) => ({
  id,
  size,
  types: ['tieu-chuan'],
  zones: [],
  corner: false,
  priority: 3,
  near: [],
});

describe('run warnings: codes with params, worded per language', () => {
  const { warnings } = buildInstance({
    booths: [booth('B-01'), booth('B-02', true), booth('B-03')],
    requests: [request('p'), request('q', 2), request('r')],
    pins: new Map([
      ['p', ['B-01']],
      ['q', ['B-03']],
    ]),
    published: new Map([['r', { booths: ['B-01'], manual: false }]]),
    reshuffle: false,
    unavailable: new Set(),
  });

  it('stores what was dropped as a code and params, not as a sentence', () => {
    expect(warnings).toEqual([
      { code: 'pin_wrong_size', params: { application: 'q', booths: ['B-03'], size: 2 } },
      {
        code: 'published_pinned_elsewhere',
        params: { application: 'r', booth: 'B-01', holder: 'p' },
      },
    ]);
  });

  it('words each warning in Vietnamese and English with the producers named', () => {
    const [size, clash] = warnings;
    const named = { ...clash.params, producer: 'Gốm Minh Hải', holderProducer: 'HTX Phú Vinh' };
    expect(runWarningText(clash.code, named, 'vi')).toBe(
      'Không giữ gian đã công bố của Gốm Minh Hải: gian B-01 đã được ghim cho HTX Phú Vinh',
    );
    expect(runWarningText(clash.code, named, 'en')).toBe(
      'Published booths of Gốm Minh Hải not kept: B-01 is pinned to HTX Phú Vinh',
    );
    expect(runWarningText(size.code, { ...size.params, producer: 'Lụa Vạn Phúc' }, 'vi')).toBe(
      'Bỏ qua gian ghim của Lụa Vạn Phúc (B-03): hồ sơ đăng ký 2 gian',
    );
  });

  it('has both languages for every code', () => {
    for (const code of RUN_WARNING_CODES)
      expect(Object.keys(RUN_WARNING_TEXTS[code])).toEqual(['vi', 'en']);
  });
});
