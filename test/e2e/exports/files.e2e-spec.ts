// The exports subjects below share this file so that jest loads the api's modules once for
// all of them; each still boots its own app on its own database (test/README.md).
import './exports.e2e';
import './support-dossier.e2e';
