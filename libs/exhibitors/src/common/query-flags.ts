import { Transform } from 'class-transformer';

/** Query strings carry "true"/"false"; anything else is left for IsBoolean to reject. */
export const QueryBoolean = () =>
  Transform(({ value }: { value: unknown }) =>
    value === 'true' ? true : value === 'false' ? false : value,
  );
