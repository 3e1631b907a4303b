import type { Catalogue } from '../catalogue';
import type { gate as vi } from '../vi/gate';

/** The gate scanner. */
export const gate: Catalogue<typeof vi> = {
  title: 'Gate',
};
