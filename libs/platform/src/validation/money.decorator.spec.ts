import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { IsMoney, moneyOut } from './money.decorator';

class Priced {
  @IsMoney() price: unknown;
}

const check = (price: unknown) => {
  const dto = plainToInstance(Priced, { price });
  return { value: dto.price, ok: validateSync(dto).length === 0 };
};

describe('money in đồng', () => {
  it('takes digit strings and whole JSON numbers, keeping a string', () => {
    expect(check('4500000')).toEqual({ value: '4500000', ok: true });
    expect(check(' 12000000 ')).toEqual({ value: '12000000', ok: true });
    expect(check(15_000_000)).toEqual({ value: '15000000', ok: true });
    expect(check('0')).toEqual({ value: '0', ok: true });
    expect(check('999999999999999').ok).toBe(true);
  });

  it('refuses fractions, negatives, separators, exponents, leading zeros and 16 digits', () => {
    for (const bad of [
      '4.500.000',
      '4,5',
      4.5,
      -1,
      '-1',
      '1e6',
      '007',
      '1000000000000000',
      '',
      null,
      true,
    ]) {
      expect({ bad, ok: check(bad).ok }).toEqual({ bad, ok: false });
    }
  });

  it('writes bigint columns back as plain digit strings', () => {
    expect(moneyOut('12000000')).toBe('12000000');
    expect(moneyOut(null)).toBeNull();
  });
});
