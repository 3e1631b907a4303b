// The exhibitors subjects below share this file so that jest loads the api's modules once for
// all of them; each still boots its own app on its own database (test/README.md).
import './producer-profile.e2e';
import './products-and-photos.e2e';
import './photo-order.e2e';
import './catalogue-service.e2e';
import './producer-member-removal.e2e';
