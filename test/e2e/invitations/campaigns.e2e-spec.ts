// The invitations subjects below share this file so that jest loads the api's modules once for
// all of them; each still boots its own app on its own database (test/README.md).
import './campaign.e2e';
import './campaign-progress-all.e2e';
import './campaign-unschedule.e2e';
import './fan-out-hold.e2e';
import './reminders.e2e';
import './registration.e2e';
