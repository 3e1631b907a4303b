// The applications subjects below share this file so that jest loads the api's modules once for
// all of them; each still boots its own app on its own database (test/README.md).
import './review-path.e2e';
import './review-list.e2e';
import './review-desk.e2e';
import './staged-decisions.e2e';
