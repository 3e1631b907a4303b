import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next';

describe('safeNext', () => {
  it('keeps a path of ours with its query', () => {
    expect(safeNext('/producer/applications/42?tab=pay')).toBe('/producer/applications/42?tab=pay');
  });

  it('refuses anything that leaves the site', () => {
    for (const next of [
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      'javascript:alert(1)',
      '',
      null,
    ])
      expect(safeNext(next)).toBeUndefined();
  });
});
