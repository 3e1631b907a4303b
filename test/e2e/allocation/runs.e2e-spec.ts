// The allocation subjects below share this file so that jest loads the api's modules once for
// all of them; each still boots its own app on its own database (test/README.md).
import './allocate-publish.e2e';
import './pins-and-rules.e2e';
import './concurrent-publish.e2e';
import './worker-split.e2e';
import './board-reads.e2e';
import './producer-booths.e2e';
