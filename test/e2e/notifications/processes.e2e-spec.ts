// The notifications subjects below share this file so that jest loads the api's modules once for
// all of them; each still boots its own app on its own database (test/README.md).
import './redis-loss.e2e';
import './worker-crash.e2e';
import './kill-mid-batch.e2e';
import './dev-mailbox-unreachable.e2e';
