import { beforeEach, describe, expect, it, vi } from 'vitest';

const opened = vi.hoisted(() => [] as string[]);
vi.mock('@mantine/modals', () => ({
  modals: {
    openConfirmModal: (props: { title: string }) => opened.push(`confirm ${props.title}`),
    open: (props: { title: string }) => opened.push(`open ${props.title}`),
    closeAll: () => opened.push('close all'),
  },
}));

describe('modals asked for before their host has loaded', () => {
  beforeEach(() => {
    opened.length = 0;
    vi.resetModules();
  });

  it('wait for the host, then open in the order asked', async () => {
    const { modals, modalsHostReady } = await import('./modals');
    modals.openConfirmModal({ title: 'Rút hồ sơ?' });
    modals.open({ title: 'Lý do' });
    await Promise.resolve();
    expect(opened).toEqual([]);
    modalsHostReady();
    await vi.waitFor(() => expect(opened).toEqual(['confirm Rút hồ sơ?', 'open Lý do']));
  });

  it('open at once when the host listens', async () => {
    const { modals, modalsHostReady } = await import('./modals');
    modalsHostReady();
    modals.openConfirmModal({ title: 'Xoá sản phẩm?' });
    await vi.waitFor(() => expect(opened).toEqual(['confirm Xoá sản phẩm?']));
  });
});
