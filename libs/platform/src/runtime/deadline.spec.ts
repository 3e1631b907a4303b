import { resultWithin, settledWithin } from './deadline';

describe('deadlines', () => {
  afterEach(() => jest.useRealTimers());

  it('settledWithin: true for work that ends in time, failed or not; false at the deadline', async () => {
    expect(await settledWithin(Promise.resolve('done'), 1000)).toBe(true);
    expect(await settledWithin(Promise.reject(new Error('refused')), 1000)).toBe(true);
    jest.useFakeTimers();
    const waiting = settledWithin(new Promise(() => undefined), 1000);
    await jest.advanceTimersByTimeAsync(1000);
    expect(await waiting).toBe(false);
  });

  it('resultWithin: the result in time, the given error at the deadline', async () => {
    expect(await resultWithin(Promise.resolve(7), 1000, () => new Error('late'))).toBe(7);
    jest.useFakeTimers();
    const waiting = resultWithin(new Promise(() => undefined), 1000, () => new Error('late'));
    const outcome = expect(waiting).rejects.toThrow('late');
    await jest.advanceTimersByTimeAsync(1000);
    await outcome;
  });
});
