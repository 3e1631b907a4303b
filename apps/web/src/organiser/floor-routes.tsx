import { lazy, type ReactElement } from 'react';
import { Route } from 'wouter';

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
