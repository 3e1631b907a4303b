/** Strings of the producer's catalogue screens (owned by whoever works on them). */
export const producerCatalogue = {};
