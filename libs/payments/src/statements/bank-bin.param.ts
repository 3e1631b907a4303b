import { Param, PipeTransform } from '@nestjs/common';
import { AppError } from '@hoicho/platform';

class BankBinPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!/^[0-9]{6}$/.test(value)) {
      throw AppError.validation([{ field: 'bankBin', message: 'must be a 6-digit bank BIN' }]);
    }
    return value;
  }
}

/** A route's `:bankBin`, six digits, else 400 naming it. */
export const BankBinParam = () => Param('bankBin', new BankBinPipe());
