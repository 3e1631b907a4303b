import type { Catalogue } from '../catalogue';
import type { organiser as vi } from '../vi/organiser';

/** The organiser's shell, dashboard, fairs, floor plan, allocation and waitlist. */
export const organiser: Catalogue<typeof vi> = {
  title: 'Organisers',
};
