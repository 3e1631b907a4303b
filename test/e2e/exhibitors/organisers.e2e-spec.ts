// The exhibitors subjects below share this file so that jest loads the api's modules once for
// all of them; each still boots its own app on its own database (test/README.md).
import './access.e2e';
import './bad-input.e2e';
import './search-and-sort.e2e';
import './organiser-visibility.e2e';
