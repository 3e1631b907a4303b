import { validateInstance } from '../engine';
import { buildInstance, PlanBoothLike, RequestLike } from './instance-builder';

const booth = (code: string, neighbours: string[], extra: Partial<PlanBoothLike> = {}) => ({
  code,
  zone: code.startsWith('A') ? 'may-tre-dan' : 'gom-su',
  type: 'tieu-chuan',
  corner: false,
  blocked: false,
  neighbours,
  ...extra,
});

const BOOTHS: PlanBoothLike[] = [
  booth('A-01', ['A-02']),
  booth('A-02', ['A-01', 'A-03']),
  booth('A-03', ['A-02'], { blocked: true }),
  booth('B-01', ['B-02']),
  booth('B-02', ['B-01']),
];

const request = (id: string, size = 1): RequestLike => ({
  id,
  size,
  types: ['tieu-chuan'],
  zones: [],
  corner: false,
  priority: 3,
  near: [],
});

const base = {
  booths: BOOTHS,
  requests: [request('p'), request('q', 2)],
  pins: new Map<string, string[]>(),
  published: new Map<string, { booths: string[]; manual: boolean }>(),
  reshuffle: false,
  unavailable: new Set<string>(),
};

describe('buildInstance', () => {
  it('leaves out blocked and held booths, and neighbours pointing at them', () => {
    const { instance } = buildInstance({ ...base, unavailable: new Set(['B-02']) });
    expect(instance.booths.map((b) => b.id)).toEqual(['A-01', 'A-02', 'B-01']);
    expect(instance.booths.find((b) => b.id === 'A-02')!.neighbours).toEqual(['A-01']);
    expect(instance.booths.find((b) => b.id === 'B-01')!.neighbours).toEqual([]);
    expect(() => validateInstance(instance)).not.toThrow();
  });

  it('pins published booths unless reshuffling, and hand-placed ones always', () => {
    const published = new Map([
      ['p', { booths: ['A-01'], manual: false }],
      ['q', { booths: ['B-01', 'B-02'], manual: true }],
    ]);
    const kept = buildInstance({ ...base, published });
    expect(kept.instance.requests.map((r) => r.pinned)).toEqual([['A-01'], ['B-01', 'B-02']]);
    expect(kept.pinned).toBe(2);
    const shuffled = buildInstance({ ...base, published, reshuffle: true });
    expect(shuffled.instance.requests.map((r) => r.pinned)).toEqual([[], ['B-01', 'B-02']]);
  });

  it('prefers a pin to a published booth on the same booth, and drops pins that no longer fit', () => {
    const built = buildInstance({
      ...base,
      pins: new Map([
        ['p', ['B-01']],
        ['q', ['A-03', 'A-02']],
      ]),
      published: new Map([['q', { booths: ['B-01', 'B-02'], manual: false }]]),
    });
    expect(built.instance.requests.map((r) => r.pinned)).toEqual([['B-01'], []]);
    expect(built.warnings).toEqual([
      { code: 'pin_not_rentable', params: { application: 'q', booths: ['A-03'] } },
      {
        code: 'published_pinned_elsewhere',
        params: { application: 'q', booth: 'B-01', holder: 'p' },
      },
    ]);
    expect(() => validateInstance(built.instance)).not.toThrow();
  });
});
