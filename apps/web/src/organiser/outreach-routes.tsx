import { lazy, type ReactElement } from 'react';
import { Route } from 'wouter';
import { addAreaCatalogue } from '@web/i18n/i18n';
import { outreach } from '@web/i18n/vi/outreach';
import { visitorEdit } from '@web/i18n/vi/visitor-edit';

// This area's strings travel in its chunk (see addAreaCatalogue).
declare module '@web/i18n/i18n' {
  interface AreaCatalogues {
    outreach: typeof outreach;
    visitorEdit: typeof visitorEdit;
  }
}
addAreaCatalogue({ outreach, visitorEdit }, async () => ({
  outreach: (await import('@web/i18n/en/outreach')).outreach,
  visitorEdit: (await import('@web/i18n/en/visitor-edit')).visitorEdit,
}));

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
