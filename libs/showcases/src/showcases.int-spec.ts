// This library's integration subjects share this file so that jest loads the modules once
// for all of them; each still builds its own module on its own database (test/README.md).
import './catalogue/fair-roster.int';
import './catalogue/public-showcases.repository.int';
import './inquiries/inquiry.repository.int';
import './samples/custody-event.repository.int';
import './samples/label-counter.repository.int';
import './samples/sample-report.repository.int';
import './samples/showcase-sample.repository.int';
import './showcases/showcase.repository.int';
