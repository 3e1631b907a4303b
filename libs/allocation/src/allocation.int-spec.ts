// This library's integration subjects share this file so that jest loads the modules once
// for all of them; each still builds its own module on its own database (test/README.md).
import './pins/allocation-pin.repository.int';
import './publish/allocation-state.repository.int';
import './publish/booth-assignment.repository.int';
import './read-models/catalogue-exhibitors.source.int';
import './runs/allocation-run.repository.int';
import './waitlist/offer-expiry.service.int';
import './waitlist/waitlist-offer.repository.int';
