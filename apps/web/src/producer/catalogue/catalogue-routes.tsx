import type { ReactElement } from 'react';

/** Routes of the producer's profile, members, products, relative to /producer (see ProducerArea). */
export const catalogueRoutes: ReactElement[] = [];
