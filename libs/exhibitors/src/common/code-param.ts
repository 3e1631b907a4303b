import { Param, PipeTransform } from '@nestjs/common';
import { AppError } from '@hoicho/platform';

/** A path code that must match `pattern`; anything else is a 400 naming the parameter. */
export const CodeParam = (name: string, pattern: RegExp, message: string) => {
  const pipe: PipeTransform<string, string> = {
    transform: (value) => {
      if (typeof value === 'string' && pattern.test(value)) return value;
      throw AppError.validation([{ field: name, message }]);
    },
  };
  return Param(name, pipe);
};
