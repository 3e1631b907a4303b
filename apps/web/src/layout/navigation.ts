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
  { to: '/producer/documents', label: 'nav.producer.documents' },
  { to: '/producer/profile', label: 'nav.producer.profile' },
];

// A fair's own screens (plan, applications, allocation…) are tabs on the fair's page.
const organiser: NavItem[] = [
  { to: '/organiser', label: 'nav.organiser.dashboard', exact: true },
  { to: '/organiser/fairs', label: 'nav.organiser.fairs' },
  { to: '/organiser/visitors', label: 'nav.organiser.visitors' },
  { to: '/organiser/campaigns', label: 'nav.organiser.campaigns' },
  { to: '/organiser/messages', label: 'nav.organiser.messages' },
];

/** The menu of each role's area; the gate scanner is full screen and has none. */
export function navigationFor(role: string | undefined): NavItem[] {
  if (role === 'producer') return producer;
  if (role === 'organiser' || role === 'admin') return organiser;
  return [];
}
