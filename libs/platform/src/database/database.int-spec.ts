// This library's integration subjects share this file so that jest loads the modules once
// for all of them; each still builds its own module on its own database (test/README.md).
import './advisory-lock.repository.int';
import './cursor-rows.repository.int';
import './transaction-runner.int';
