import { lazy, type ReactElement } from 'react';
import { Route } from 'wouter';
import { addAreaCatalogue } from '@web/i18n/i18n';
import { plan } from '@web/i18n/vi/plan';
import { reasons } from '@web/i18n/vi/reasons';

// This area's strings travel in its chunk (see addAreaCatalogue).
declare module '@web/i18n/i18n' {
  interface AreaCatalogues {
    plan: typeof plan;
    reasons: typeof reasons;
  }
}
addAreaCatalogue({ plan, reasons }, async () => ({
  plan: (await import('@web/i18n/en/plan')).plan,
  reasons: (await import('@web/i18n/en/reasons')).reasons,
}));

const PlanEditorPage = lazy(() => import('./plan/PlanEditorPage'));
const AllocationBoardPage = lazy(() => import('./allocation/AllocationBoardPage'));

/** The floor: the plan editor and the allocation board, relative to /organiser. */
export const floorRoutes: ReactElement[] = [
  <Route key="plan" path="/fairs/:fairId/plan">
    {({ fairId }) => <PlanEditorPage fairId={fairId} />}
  </Route>,
  <Route key="allocation" path="/fairs/:fairId/allocation">
    {({ fairId }) => <AllocationBoardPage fairId={fairId} />}
  </Route>,
];
