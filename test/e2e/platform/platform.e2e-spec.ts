// The platform subjects below share this file so that jest loads the api's modules once for
// all of them; each still boots its own app on its own database (test/README.md).
import './health.e2e';
import './error-language.e2e';
import './openapi.e2e';
import './redis-down.e2e';
import './security.e2e';
import './web-app.e2e';
