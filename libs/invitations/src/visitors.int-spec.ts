// This library's integration subjects share this file so that jest loads the modules once
// for all of them; each still builds its own module on its own database (test/README.md).
import './imports/import-duplicate.repository.int';
import './imports/import-email-dedupe.int';
import './imports/import-error.repository.int';
import './imports/visitor-import.repository.int';
import './imports/visitor-import.runner.int';
import './visitors/visitor-email-key.int';
import './visitors/visitor.repository.int';
