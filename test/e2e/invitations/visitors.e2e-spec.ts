// The invitations subjects below share this file so that jest loads the api's modules once for
// all of them; each still boots its own app on its own database (test/README.md).
import './visitor-import.e2e';
import './visitor-import-checks.e2e';
import './visitor-import-batches.e2e';
import './visitor-bulk.e2e';
import './visitor-delete.e2e';
import './visitor-phones.e2e';
