// The fairs subjects below share this file so that jest loads the api's modules once for
// all of them; each still boots its own app on its own database (test/README.md).
import './floor-plan.e2e';
import './plan-import.e2e';
import './plan-import-language.e2e';
import './booth-merge-split.e2e';
import './public-calls.e2e';
