// This library's integration subjects share this file so that jest loads the modules once
// for all of them; each still builds its own module on its own database (test/README.md).
import './bank-accounts/bank-account.repository.int';
import './sessions/session.repository.int';
import './users/user.repository.int';
