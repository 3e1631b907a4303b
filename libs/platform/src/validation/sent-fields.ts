/**
 * The fields a PATCH body named, null (a clearing) included. A DTO instance may carry every
 * field its class declares, the unsent ones as undefined (class fields compiled with define
 * semantics), and spreading those over a stored row would blank its other columns.
 */
export function sentFields<T extends object>(dto: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(dto).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}
