import { HOLD_MESSAGES, MailHold } from './mail-hold';
import type { MailJob } from './mail-queue';

const job = (jobId: string, messages: number): MailJob => ({
  jobId,
  messageIds: Array.from({ length: messages }, (_, i) => `${jobId}-${i}`),
  sendAfter: null,
});

describe('MailHold', () => {
  let added: MailJob[][];
  let hold: MailHold;

  beforeEach(() => {
    jest.useFakeTimers({ now: new Date('2027-03-01T08:00:00Z') });
    added = [];
    hold = new MailHold(async (jobs) => {
      added.push(jobs);
    }, 10_000);
  });

  afterEach(() => jest.useRealTimers());

  it('adds nothing until released, then every kept job in one go, in order', async () => {
    await hold.keep([job('a', 20), job('b', 20)]);
    await hold.keep([job('c', 5)]);
    expect(added).toEqual([]);

    await hold.release();

    expect(added.map((jobs) => jobs.map((j) => j.jobId))).toEqual([['a', 'b', 'c']]);
  });

  it('lets go once the oldest kept job has waited the maximum age', async () => {
    await hold.keep([job('a', 20)]);
    jest.advanceTimersByTime(9_999);
    await hold.keep([job('b', 20)]);
    expect(added).toEqual([]);

    jest.advanceTimersByTime(1);
    await hold.keep([job('c', 20)]);
    expect(added.map((jobs) => jobs.map((j) => j.jobId))).toEqual([['a', 'b', 'c']]);

    // The age counts again from the next job kept, not from the hold's creation.
    jest.advanceTimersByTime(9_999);
    await hold.keep([job('d', 20)]);
    expect(added).toHaveLength(1);
  });

  it(`lets go once it holds ${HOLD_MESSAGES} messages, and starts counting again`, async () => {
    await hold.keep([job('a', HOLD_MESSAGES - 1)]);
    expect(added).toEqual([]);
    await hold.keep([job('b', 1)]);
    expect(added).toHaveLength(1);

    await hold.keep([job('c', HOLD_MESSAGES - 1)]);
    expect(added).toHaveLength(1);
  });

  it('a release with nothing kept adds nothing', async () => {
    await hold.keep([]);
    await hold.release();
    await hold.release();
    expect(added).toEqual([]);
  });
});
