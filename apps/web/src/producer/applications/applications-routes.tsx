import type { ReactElement } from 'react';

/** Routes of the producer's apply, the application's page, waitlist offers, relative to /producer (see ProducerArea). */
export const applicationsRoutes: ReactElement[] = [];
