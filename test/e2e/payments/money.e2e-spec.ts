// The payments subjects below share this file so that jest loads the api's modules once for
// all of them; each still boots its own app on its own database (test/README.md).
import './payments.e2e';
import './statements.e2e';
import './statement-line-words.e2e';
import './decision-due-day.e2e';
import './release-unpaid.e2e';
