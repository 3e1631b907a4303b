import { validateInstance } from '../validate-instance';
import { generateInstance } from './generate-instance';

describe('generateInstance', () => {
  it('makes valid instances of the asked size, the same for the same seed', () => {
    for (const [booths, requests] of [
      [30, 24],
      [1000, 830],
      [3000, 2500],
    ]) {
      const inst = generateInstance({ seed: 2, booths, requests });
      expect(inst.booths).toHaveLength(booths);
      expect(inst.requests).toHaveLength(requests);
      expect(() => validateInstance(inst)).not.toThrow();
      expect(generateInstance({ seed: 2, booths, requests })).toEqual(inst);
    }
  });

  it('mixes sizes 1–4, priorities 1–5, several types, corners, near-wishes and pins', () => {
    const inst = generateInstance({ seed: 3, booths: 3000, requests: 2500 });
    const sizes = new Set(inst.requests.map((r) => r.size));
    const priorities = new Set(inst.requests.map((r) => r.priority));
    expect([...sizes].sort()).toEqual([1, 2, 3, 4]);
    expect([...priorities].sort()).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(inst.booths.map((b) => b.type)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(inst.booths.map((b) => b.zone)).size).toBe(8);
    expect(inst.booths.some((b) => b.corner)).toBe(true);
    expect(inst.requests.filter((r) => r.near!.length > 0).length).toBeGreaterThan(500);
    expect(inst.requests.filter((r) => r.pinned!.length > 0).length).toBeGreaterThan(20);
  });
});
