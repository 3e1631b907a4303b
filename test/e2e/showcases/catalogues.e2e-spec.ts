// The showcases subjects below share this file so that jest loads the api's modules once for
// all of them; each still boots its own app on its own database (test/README.md).
import './catalogue.e2e';
import './labels.e2e';
import './editing.e2e';
import './inquiry-countries.e2e';
import './reentry.e2e';
