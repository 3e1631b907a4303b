import { ALL_MAILS } from '@hoicho/testing/mail-catalogue';
import { WORKER_MAILS } from './worker.module';

describe('the worker process', () => {
  it('registers every library mail, so it can render whatever an api recorded', () => {
    const names = (templates: readonly { name: string }[]) => templates.map((t) => t.name).sort();
    // notifications registers its own; every other library's list is the worker's to import.
    const others = ALL_MAILS.filter((t) => t.name !== 'campaign.generic');
    expect(names(WORKER_MAILS.flat())).toEqual(names(others));
  });
});
