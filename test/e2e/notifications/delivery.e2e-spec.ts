// The notifications subjects below share this file so that jest loads the api's modules once for
// all of them; each still boots its own app on its own database (test/README.md).
import './outbox.e2e';
import './delivery-log.e2e';
import './smtp-failures.e2e';
import './suppression.e2e';
import './pacing.e2e';
