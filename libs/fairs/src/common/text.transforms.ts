import { Transform } from 'class-transformer';

/** Stored text is NFC and trimmed; anything that is not a string is left for the validators. */
export const TrimNfc = () =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.normalize('NFC').trim() : value,
  );

/** Codes (zones, booth types) are compared lower-case. */
export const TrimLower = () =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.normalize('NFC').trim().toLowerCase() : value,
  );

/** Booth codes are upper-case, as the plan import writes them. */
export const TrimUpper = () =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.normalize('NFC').trim().toUpperCase() : value,
  );
