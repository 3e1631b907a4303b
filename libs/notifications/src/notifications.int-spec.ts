// This library's integration subjects share this file so that jest loads the modules once
// for all of them; each still builds its own module on its own database (test/README.md).
import './delivery-log/delivery-log.repository.int';
import './mail-templates.module.int';
import './outbox/outbox.repository.int';
import './suppression/bulk-suppressed-addresses.int';
import './suppression/suppression.repository.int';
