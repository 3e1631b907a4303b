// This library's integration subjects share this file so that jest loads the modules once
// for all of them; each still builds its own module on its own database (test/README.md).
import './calls/open-fairs.repository.int';
import './fairs/fair-status-log.repository.int';
import './fairs/fair.repository.int';
import './plan/booth-type.repository.int';
import './plan/plan.repository.int';
import './plan/zone.repository.int';
import './read-models/booth-codes.reader.int';
import './read-models/public-fairs.reader.int';
import './support/support-programme.repository.int';
