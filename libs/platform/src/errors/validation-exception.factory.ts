import { ValidationError } from 'class-validator';
import { AppError, FieldIssue } from './app-error';

function flatten(errors: ValidationError[], parent = ''): FieldIssue[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: message.replace(/^property \S+ /, '').replace(new RegExp(`^${error.property} `), ''),
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** class-validator's nested errors become one flat list of `{ field, message }`. */
export function validationExceptionFactory(errors: ValidationError[]): AppError {
  return AppError.validation(flatten(errors));
}
