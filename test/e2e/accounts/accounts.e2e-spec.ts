// The accounts subjects below share this file so that jest loads the api's modules once for
// all of them; each still boots its own app on its own database (test/README.md).
import './access-control.e2e';
import './bad-input.e2e';
import './browser-session.e2e';
import './password-reset.e2e';
import './rate-limit.e2e';
import './sign-up-and-login.e2e';
