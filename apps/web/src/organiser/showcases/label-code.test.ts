import { describe, expect, it } from 'vitest';
import { labelCodeOf } from './label-code';

describe('labelCodeOf', () => {
  it('reads the code from a label QR’s product URL', () => {
    expect(
      labelCodeOf('https://hoicho.example/catalogue/fairs/0b6c/products/9f1e?sample=S-0007'),
    ).toBe('S-0007');
  });

  it('takes a typed code, trimmed and upper-cased', () => {
    expect(labelCodeOf('  mt-007 ')).toBe('MT-007');
  });

  it('refuses other URLs and text that is no label code', () => {
    expect(labelCodeOf('https://example.com/?sample=S-0001')).toBeUndefined();
    expect(labelCodeOf('https://hoicho.example/catalogue/fairs/1/products/2')).toBeUndefined();
    expect(labelCodeOf('S 0001')).toBeUndefined();
    expect(labelCodeOf('')).toBeUndefined();
  });
});
