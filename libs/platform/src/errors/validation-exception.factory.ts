import { getMetadataStorage, ValidationError } from 'class-validator';
import { AppError, FieldIssue } from './app-error';

/** The arguments a class-validator rule was declared with (Length(1, 200) → [1, 200]). */
function ruleArgs(error: ValidationError, rule: string): unknown[] {
  const target = error.target?.constructor;
  if (!target) return [];
  const declared = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((m) => m.propertyName === error.property && (m.name ?? m.type) === rule);
  return declared?.constraints ?? [];
}

function flatten(errors: ValidationError[], parent = ''): FieldIssue[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({
      field,
      message: message.replace(/^property \S+ /, '').replace(new RegExp(`^${error.property} `), ''),
      rule,
      args: ruleArgs(error, rule),
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * class-validator's nested errors become one flat list of `{ field, message }`, each keeping
 * the rule it broke so the answer can be put in the caller's language.
 */
export function validationExceptionFactory(errors: ValidationError[]): AppError {
  return AppError.validation(flatten(errors));
}
