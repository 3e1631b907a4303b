import { Logger } from '@nestjs/common';
import { SweepTimer } from './sweep-timer';

describe('SweepTimer', () => {
  afterEach(() => jest.useRealTimers());

  it('never runs two sweeps at once, survives a failure, and stop waits for the one running', async () => {
    jest.useFakeTimers();
    const logger = { warn: jest.fn() } as unknown as Logger;
    let finish: () => void = () => undefined;
    let calls = 0;
    const timer = new SweepTimer(
      'test',
      () => {
        calls++;
        if (calls === 1) return Promise.reject(new Error('database away'));
        return new Promise<void>((resolve) => (finish = resolve));
      },
      logger,
    );
    timer.start(100);
    await jest.advanceTimersByTimeAsync(100);
    expect(logger.warn).toHaveBeenCalledWith('test sweep failed: database away');
    await jest.advanceTimersByTimeAsync(300); // the second sweep is still running
    expect(calls).toBe(2);

    let stopped = false;
    const stopping = timer.stop().then(() => (stopped = true));
    await jest.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    finish();
    await stopping;
    await jest.advanceTimersByTimeAsync(1000);
    expect(calls).toBe(2);
  });
});
