import type { ReactElement } from 'react';

/** Routes of this part of the office, relative to /organiser (see OrganiserArea). */
export const checkInRoutes: ReactElement[] = [];
