import type { Catalogue } from '../catalogue';
import type { producerCatalogue as vi } from '../vi/producer-catalogue';

export const producerCatalogue: Catalogue<typeof vi> = {};
