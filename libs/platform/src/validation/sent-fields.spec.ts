import { sentFields } from './sent-fields';

class UpdateDto {
  // Declared fields defined on the instance, as `tsc` emits them for ES2022 by default.
  nameVi?: string = undefined;
  nameEn?: string | null = undefined;
  price?: string = undefined;
}

describe('sentFields', () => {
  it('keeps the fields a body named, a null that clears one included', () => {
    const dto = Object.assign(new UpdateDto(), { nameVi: 'Gian góc', nameEn: null });
    expect(sentFields(dto)).toEqual({ nameVi: 'Gian góc', nameEn: null });
    expect({ nameVi: 'Cũ', nameEn: 'Old', price: '100', ...sentFields(dto) }).toEqual({
      nameVi: 'Gian góc',
      nameEn: null,
      price: '100',
    });
  });
});
