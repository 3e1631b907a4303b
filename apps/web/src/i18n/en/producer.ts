import type { Catalogue } from '../catalogue';
import type { producer as vi } from '../vi/producer';

/** The producer's area (owned by whoever works on /producer). */
export const producer: Catalogue<typeof vi> = {
  home: {
    title: 'Hello, {{name}}',
    noApplications: 'No application yet. Find a fair that takes applications.',
  },
  status: {
    draft: 'Draft',
    submitted: 'Submitted, in review',
    approved: 'Approved',
    rejected: 'Not approved',
    waitlisted: 'Waitlisted',
    withdrawn: 'Withdrawn',
  },
  fairs: {
    title: 'Fairs open for applications',
    none: 'No fair takes applications right now. Come back later.',
    priceFrom: 'Booths from {{price}}',
    open: 'Taking applications',
    opensOn: 'Opens for applications {{when}}',
    support: 'Support up to {{rate}}%',
    deadline: 'Deadline: {{when}}',
  },
  call: {
    when: 'When',
    day: '{{day}}: {{opens}}–{{closes}}',
    where: 'Where',
    fees: 'Booths and fees',
    boothType: 'Booth type',
    size: 'Size',
    price: 'Fee',
    metres: '{{w}} m × {{d}} m',
    support: 'Support programmes',
    rate: '{{rate}}% of the booth fee paid',
    maxBooths: 'at most {{count}} booths',
    capPerProducer: 'at most {{amount}} per producer',
    needsVillage: 'A recognised craft village',
    needsOcop: 'An OCOP product of {{stars}}+ stars, certificate valid',
    anyone: 'Every producer is considered',
    notYet: 'The fair takes applications from {{when}}.',
    closed: 'The fair takes no more applications.',
    signInToApply: 'Sign in to apply',
    apply: 'Apply',
    yourApplication: 'See your application',
  },
};
