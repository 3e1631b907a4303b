import { describe, expect, it } from 'vitest';
import { addAreaCatalogue, applyLanguage, areaReady, i18n } from './i18n';

// Two areas as their chunks would register them; the keys are this test's own.
const first = { testFirstArea: { greeting: 'Xin chào' } };
const second = { testSecondArea: { farewell: 'Tạm biệt' } };
const t = (key: string) => i18n.t(key as never);

describe('an area’s catalogue, registered when its chunk loads', () => {
  it('reads Vietnamese at once and fetches English only when it is chosen', async () => {
    let englishFetched = 0;
    addAreaCatalogue(first, async () => {
      englishFetched++;
      return { testFirstArea: { greeting: 'Hello' } };
    });
    expect(t('testFirstArea.greeting')).toBe('Xin chào');
    expect(englishFetched).toBe(0);
    await applyLanguage('en');
    expect(englishFetched).toBe(1);
    expect(t('testFirstArea.greeting')).toBe('Hello');
    // The shared catalogue came along.
    expect(t('common.cancel')).toBe('Cancel');
  });

  it('holds an area registered while English is on screen until its English is in', async () => {
    let release!: () => void;
    const arrived = new Promise<void>((resolve) => (release = resolve));
    addAreaCatalogue(second, async () => {
      await arrived;
      return { testSecondArea: { farewell: 'Goodbye' } };
    });
    let ready = false;
    const module = { default: 'area' };
    const loading = areaReady(module).then((m) => ((ready = true), m));
    // Every queued step has run (a macrotask later), and the area still waits.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(ready).toBe(false);
    release();
    expect(await loading).toBe(module);
    expect(t('testSecondArea.farewell')).toBe('Goodbye');
    await applyLanguage('vi');
    expect(t('testSecondArea.farewell')).toBe('Tạm biệt');
  });
});
