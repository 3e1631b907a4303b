/** A private service could not start; the message is one line a person can act on. */
export class EmbeddedServiceError extends Error {}
