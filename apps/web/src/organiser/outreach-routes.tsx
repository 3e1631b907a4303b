import { lazy, type ReactElement } from 'react';
import { Route } from 'wouter';

const WaitlistPage = lazy(() => import('./waitlist/WaitlistPage'));
const VisitorsPage = lazy(() => import('./visitors/VisitorsPage'));
const CampaignsPage = lazy(() => import('./campaigns/CampaignsPage'));
const NewCampaignPage = lazy(() => import('./campaigns/NewCampaignPage'));
const CampaignPage = lazy(() => import('./campaigns/CampaignPage'));
const DeliveryLogPage = lazy(() => import('./delivery/DeliveryLogPage'));

/** Routes of this part of the office, relative to /organiser (see OrganiserArea). */
export const outreachRoutes: ReactElement[] = [
  <Route key="waitlist" path="/fairs/:fairId/waitlist">
    {({ fairId }) => <WaitlistPage fairId={fairId} />}
  </Route>,
  <Route key="visitors" path="/visitors" component={VisitorsPage} />,
  <Route key="campaigns" path="/campaigns" component={CampaignsPage} />,
  <Route key="campaign-new" path="/campaigns/new" component={NewCampaignPage} />,
  <Route key="campaign" path="/campaigns/:campaignId">
    {({ campaignId }) => <CampaignPage campaignId={campaignId} />}
  </Route>,
  <Route key="messages" path="/messages" component={DeliveryLogPage} />,
];
