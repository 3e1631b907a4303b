// This library's integration subjects share this file so that jest loads the modules once
// for all of them; each still builds its own module on its own database (test/README.md).
import './documents/producer-document.repository.int';
import './producers/disclosures/producer-disclosure.repository.int';
import './producers/producer-contact.repository.int';
import './producers/producer.repository.int';
import './products/photos/product-photo.repository.int';
import './products/product.repository.int';
import './reference/admin-map.int';
import './reference/reference-data.repository.int';
import './villages/craft-village.repository.int';
