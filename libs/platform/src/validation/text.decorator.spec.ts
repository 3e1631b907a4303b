import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { IsText } from './text.decorator';

class Form {
  @IsText(1, 10) name: unknown;
  @IsText(0, 20, { multiline: true }) note: unknown;
  @IsText(1, 5, { each: true }) tags: unknown;
}

const VALID = { name: 'Gốm', note: '', tags: ['mây'] };

/** The messages for one field, or [] when the form is valid. */
const errors = (field: keyof Form, value: unknown) => {
  const form = plainToInstance(Form, { ...VALID, [field]: value });
  return validateSync(form).flatMap((e) => Object.values(e.constraints ?? {}));
};

describe('IsText', () => {
  it('takes plain text within the length limits', () => {
    expect(errors('name', 'Bát Tràng')).toEqual([]);
    expect(errors('note', 'Một\nHai\r\n\tBa')).toEqual([]);
    expect(errors('tags', ['mây', 'tre'])).toEqual([]);
  });

  it('is one line by default', () => {
    for (const value of ['a\nb', 'a\r\nb', 'a\tb', 'a\u2028b'])
      expect({ value, errors: errors('name', value) }).toEqual({
        value,
        errors: ['must be one line of text'],
      });
  });

  it('refuses other control characters, even in multiline text', () => {
    expect(errors('name', 'a\u0007b')).toEqual(['must not contain control characters']);
    expect(errors('note', 'a\u0000b')).toEqual(['must not contain control characters']);
    expect(errors('note', 'a\n\u007Fb')).toEqual(['must not contain control characters']);
  });

  it('checks the length and the type', () => {
    expect(errors('name', '')).toHaveLength(1);
    expect(errors('name', 'x'.repeat(11))).toHaveLength(1);
    expect(errors('name', 'x'.repeat(10))).toEqual([]);
    expect(errors('note', 'x'.repeat(21))).toHaveLength(1);
    expect(errors('name', 12345)).not.toEqual([]);
  });

  it('checks every item with each', () => {
    expect(errors('tags', ['mây', 'a\nb'])).toEqual(['must be one line of text']);
    expect(errors('tags', ['mây', 'dài quá'])).toHaveLength(1);
    expect(errors('tags', ['mây', 7])).not.toEqual([]);
  });
});
