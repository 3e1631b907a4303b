import type { Catalogue } from '../catalogue';
import type { producerInbox as vi } from '../vi/producer-inbox';

export const producerInbox: Catalogue<typeof vi> = {};
