import { applyDecorators } from '@nestjs/common';
import { IsString, Matches } from 'class-validator';
import { TrimLower } from '@hoicho/platform';

/** Reference codes (craft categories): lower-case letters, digits and dashes. */
export const CODE = /^[a-z0-9][a-z0-9-]{0,39}$/;
export const CODE_MESSAGE = 'must be 1–40 lower-case letters, digits or dashes, e.g. may-tre-dan';

export const IsCode = () =>
  applyDecorators(TrimLower(), IsString(), Matches(CODE, { message: CODE_MESSAGE }));
