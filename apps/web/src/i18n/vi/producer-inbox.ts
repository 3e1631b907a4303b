/** Strings of the producer's inbox screens (owned by whoever works on them). */
export const producerInbox = {};
