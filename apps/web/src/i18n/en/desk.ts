import type { Catalogue } from '../catalogue';
import type { desk as vi } from '../vi/desk';

/** The organiser's desk: review, visitors, campaigns, messages, showcases, exports. */
export const desk: Catalogue<typeof vi> = {
  title: 'Desk',
};
