import { Batcher } from './batcher';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('Batcher', () => {
  it('answers each call with its own result; a lone call goes at once, later ones wait for it', async () => {
    const batches: number[][] = [];
    const batcher = new Batcher<number, string>(async (keys) => {
      batches.push(keys);
      return keys.map((k) => `r${k}`);
    });
    expect(await Promise.all([1, 2, 3].map((k) => batcher.call(k)))).toEqual(['r1', 'r2', 'r3']);
    expect(batches).toEqual([[1], [2, 3]]);
  });

  it('sends a batch at once when flushAt calls wait, and holds fewer for the window', async () => {
    jest.useFakeTimers({ doNotFake: ['setImmediate'] });
    try {
      const batches: number[][] = [];
      const batcher = new Batcher<number, number>(
        async (keys) => {
          batches.push(keys);
          return keys;
        },
        { flushAt: 3, windowMs: 20 },
      );
      const first = [1, 2, 3].map((k) => batcher.call(k));
      expect(batches).toEqual([[1, 2, 3]]);
      await Promise.all(first);

      const late = batcher.call(4);
      await tick();
      expect(batches).toHaveLength(1);
      jest.advanceTimersByTime(20);
      await late;
      expect(batches).toEqual([[1, 2, 3], [4]]);
    } finally {
      jest.useRealTimers();
    }
  });

  it('runs one batch at a time and collects what arrives meanwhile', async () => {
    const batches: number[][] = [];
    let release!: () => void;
    const batcher = new Batcher<number, number>(async (keys) => {
      batches.push(keys);
      if (batches.length === 1) await new Promise<void>((resolve) => (release = resolve));
      return keys;
    });
    const first = batcher.call(1);
    await tick();
    const rest = [2, 3, 4].map((k) => batcher.call(k));
    await tick();
    expect(batches).toEqual([[1]]);
    release();
    await Promise.all([first, ...rest]);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it('caps a batch at maxSize', async () => {
    const sizes: number[] = [];
    const batcher = new Batcher<number, number>(
      async (keys) => {
        sizes.push(keys.length);
        return keys;
      },
      { maxSize: 2 },
    );
    await Promise.all([1, 2, 3, 4, 5].map((k) => batcher.call(k)));
    expect(sizes).toEqual([1, 2, 2]);
  });

  it('rejects every call of a failed batch and keeps working', async () => {
    let fail = true;
    const batcher = new Batcher<number, number>(async (keys) => {
      if (fail) throw new Error('database is away');
      return keys;
    });
    const calls = [1, 2].map((k) => batcher.call(k));
    await expect(Promise.all(calls)).rejects.toThrow('database is away');
    await Promise.allSettled(calls);
    fail = false;
    expect(await batcher.call(3)).toBe(3);
  });
});
