// The allocation subjects below share this file so that jest loads the api's modules once for
// all of them; each still boots its own app on its own database (test/README.md).
import './booth-pricing.e2e';
import './corner-pricing-preview-offers.e2e';
import './waitlist-offers.e2e';
import './reason-language.e2e';
import './words-by-name.e2e';
import './access.e2e';
import './bad-input.e2e';
