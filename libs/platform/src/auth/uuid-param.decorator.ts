import { Param, ParseUUIDPipe } from '@nestjs/common';
import { AppError } from '../errors/app-error';

/** A path id that must be a UUID; a malformed one is a 400 naming the parameter. */
export const UuidParam = (name: string) =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () => AppError.validation([{ field: name, message: 'must be a UUID' }]),
    }),
  );
