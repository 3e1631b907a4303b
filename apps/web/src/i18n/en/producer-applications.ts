import type { Catalogue } from '../catalogue';
import type { producerApplications as vi } from '../vi/producer-applications';

export const producerApplications: Catalogue<typeof vi> = {};
