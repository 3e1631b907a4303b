import { createContext } from './context';
import { buildModel } from './model';
import { Prng } from './prng';
import { scorePlacements } from './score';
import { generateInstance } from './testing/generate-instance';
import { validateInstance } from './validate-instance';

describe('AllocationState', () => {
  it('keeps its score equal to the contract score through assigns, unassigns and rollbacks', () => {
    const model = buildModel(
      validateInstance(generateInstance({ seed: 5, booths: 60, requests: 50, villageRate: 0.8 })),
    );
    const ctx = createContext(model, 1e9);
    const { state, search } = ctx;
    const rng = new Prng(42);
    const check = () => expect(state.score).toBeCloseTo(scorePlacements(model, state.place), 6);
    for (let step = 0; step < 300; step++) {
      const r = rng.int(0, model.nR - 1);
      const mark = state.mark();
      const before = state.place.map((p) => (p ? Array.from(p) : null));
      const scoreBefore = state.score;
      if (state.place[r]) state.unassign(r);
      const c = search.bestFree(r);
      if (c) {
        expect(state.gainAt(r, c.booths)).toBeCloseTo(c.gain, 6);
        state.assign(r, c.booths);
      }
      check();
      if (rng.chance(0.3)) {
        state.rollback(mark);
        expect(state.score).toBeCloseTo(scoreBefore, 6);
        expect(state.place.map((p) => (p ? Array.from(p) : null))).toEqual(before);
      } else state.commit();
      check();
    }
    expect(state.assignedCount).toBe(state.place.filter((p) => p).length);
  });
});
