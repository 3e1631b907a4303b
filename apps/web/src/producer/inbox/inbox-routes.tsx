import type { ReactElement } from 'react';

/** Routes of the producer's inquiries from buyers, showcase samples, relative to /producer (see ProducerArea). */
export const inboxRoutes: ReactElement[] = [];
