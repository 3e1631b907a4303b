import { allocate } from './allocate';
import type { AllocationResult } from './instance.types';
import { checkResult } from './testing/check-result';
import { generateInstance } from './testing/generate-instance';

const withoutTiming = (r: AllocationResult) => ({ ...r, stats: { ...r.stats, millis: 0 } });

describe('allocate is deterministic', () => {
  it.each([
    { booths: 24, requests: 20, seed: 7 },
    { booths: 150, requests: 125, seed: 8 },
  ])('same instance, same result ($booths booths)', ({ booths, requests, seed }) => {
    const inst = generateInstance({ seed, booths, requests });
    const first = allocate(inst);
    checkResult(inst, first, { maximal: true });
    const again = allocate(JSON.parse(JSON.stringify(inst)));
    expect(withoutTiming(again)).toEqual(withoutTiming(first));
  });

  it('does not depend on what ran before it', () => {
    const inst = generateInstance({ seed: 11, booths: 30, requests: 26 });
    const alone = allocate(inst);
    allocate(generateInstance({ seed: 12, booths: 20, requests: 18 }));
    expect(withoutTiming(allocate(inst))).toEqual(withoutTiming(alone));
  });
});
