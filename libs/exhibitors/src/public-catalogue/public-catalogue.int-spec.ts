// This library's integration subjects share this file so that jest loads the modules once
// for all of them; each still builds its own module on its own database (test/README.md).
import './catalogue-filters.repository.int';
import './catalogue-index-upkeep.int';
import './catalogue-index.repository.int';
import './product-search-relevance.int';
import './product-search.repository.int';
import './public-producers.repository.int';
import './public-products.repository.int';
