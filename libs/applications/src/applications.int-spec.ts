// This library's integration subjects share this file so that jest loads the modules once
// for all of them; each still builds its own module on its own database (test/README.md).
import './entities/application-event.repository.int';
import './entities/application-reads.repository.int';
import './entities/application-settings.repository.int';
import './entities/application.repository.int';
import './entities/review-list.repository.int';
import './forms/application-submission.service.int';
import './ledger/application-ledger.repository.int';
