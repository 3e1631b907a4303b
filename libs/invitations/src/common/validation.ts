import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { ValidateBy } from 'class-validator';
import { normaliseEmail } from '../domain';

/**
 * An email address as the visitor list stores it (see normaliseEmail): the transform keeps
 * the original when it is not an address, so the validator can name the field.
 */
export const IsVisitorEmail = () =>
  applyDecorators(
    Transform(({ value }: { value: unknown }) => {
      if (typeof value !== 'string') return value;
      const checked = normaliseEmail(value);
      return checked.ok ? checked.value : value;
    }),
    ValidateBy({
      name: 'isVisitorEmail',
      validator: {
        validate: (value) => typeof value === 'string' && normaliseEmail(value).ok,
        defaultMessage: () => 'must be an email address',
      },
    }),
  );
