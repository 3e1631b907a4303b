// The showcases subjects below share this file so that jest loads the api's modules once for
// all of them; each still boots its own app on its own database (test/README.md).
import './custody.e2e';
import './cancel.e2e';
import './inquiries.e2e';
import './removal.e2e';
