import { CatalogueCache } from './catalogue-cache';

describe('CatalogueCache', () => {
  afterEach(() => jest.useRealTimers());

  it('answers repeats from memory and shares one load between concurrent callers', async () => {
    const cache = new CatalogueCache({ ttlMs: 1000, staleMs: 5000 });
    const load = jest.fn(async () => 'answer');
    const [a, b] = await Promise.all([cache.get('k', load), cache.get('k', load)]);
    expect([a, b, await cache.get('k', load)]).toEqual(['answer', 'answer', 'answer']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('spreads the ageing of entries cached together, never beyond ttlMs', async () => {
    jest.useFakeTimers({ now: 0 });
    const cache = new CatalogueCache({ ttlMs: 1000, staleMs: 5000 });
    const keys = Array.from({ length: 200 }, (_, i) => `k${i}`);
    const loads = new Map(keys.map((key) => [key, jest.fn(async () => key)]));
    await Promise.all(keys.map((key) => cache.get(key, loads.get(key)!)));

    const refreshedBy = (ms: number) => {
      jest.setSystemTime(ms);
      for (const key of keys) void cache.get(key, loads.get(key)!);
      return keys.filter((key) => loads.get(key)!.mock.calls.length > 1).length;
    };
    expect(refreshedBy(700)).toBe(0);
    const early = refreshedBy(870);
    expect(early).toBeGreaterThan(0);
    expect(early).toBeLessThan(keys.length);
    expect(refreshedBy(1000)).toBe(keys.length);
  });

  it('keeps at most maxEntries, dropping the oldest in one sweep rather than one per request', async () => {
    const cache = new CatalogueCache({ ttlMs: 60_000, staleMs: 60_000, maxEntries: 100 });
    for (let i = 0; i < 101; i++) await cache.get(`k${i}`, async () => i);
    // The 101st entry swept the cache down to 90: the 11 oldest went, the newest stayed.
    const load = jest.fn(async () => -1);
    expect(await cache.get('k100', load)).toBe(100);
    expect(await cache.get('k11', load)).toBe(11);
    expect(load).not.toHaveBeenCalled();
    expect(await cache.get('k10', load)).toBe(-1);
    expect(load).toHaveBeenCalledTimes(1);
  });
});
