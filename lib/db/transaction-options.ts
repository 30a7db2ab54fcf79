/**
 * Every client's transactions wait up to 10 s for a connection, not Prisma's 2 s: a burst of
 * submits (a team's ×4s at once) queues on the pool, and the dispatch pass right after a submit
 * then failed to start its transaction and left the videos to the next job (a CI run under load
 * saw "Unable to start a transaction in the given time"). Waiting is what a person would want;
 * how long a transaction may run is left to each call.
 */
export const TRANSACTION_OPTIONS = { maxWait: 10_000 } as const;
