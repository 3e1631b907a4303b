/** Strings of the producer's applications screens (owned by whoever works on them). */
export const producerApplications = {};
