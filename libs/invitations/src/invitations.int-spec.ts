// This library's integration subjects share this file so that jest loads the modules once
// for all of them; each still builds its own module on its own database (test/README.md).
import './campaigns/audience.repository.int';
import './campaigns/campaign.repository.int';
import './campaigns/reminder-fan-out.service.int';
import './campaigns/reminder.repository.int';
import './check-in/check-in.repository.int';
import './check-in/gate-scan.repository.int';
import './check-in/gate-settings.repository.int';
import './rsvp/invitation-report.repository.int';
import './rsvp/invitation.repository.int';
import './tickets/fair-key.repository.int';
import './tickets/ticket.repository.int';
