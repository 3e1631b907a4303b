import type { ParseKeys } from 'i18next';

export interface NavItem {
  to: string;
  label: ParseKeys;
  /** Active only on this exact path (an area's overview), not on the paths below it. */
  exact?: boolean;
}

const producer: NavItem[] = [
  { to: '/producer', label: 'nav.producer.overview', exact: true },
  { to: '/producer/fairs', label: 'nav.producer.fairs' },
  { to: '/producer/applications', label: 'nav.producer.applications' },
  { to: '/producer/products', label: 'nav.producer.products' },
  { to: '/producer/inquiries', label: 'nav.producer.inquiries' },
  { to: '/producer/samples', label: 'nav.producer.samples' },
  { to: '/producer/profile', label: 'nav.producer.profile' },
];

/** The menu of each role's area; the organiser's and the gate's grow with their areas. */
export function navigationFor(role: string | undefined): NavItem[] {
  if (role === 'producer') return producer;
  return [];
}
