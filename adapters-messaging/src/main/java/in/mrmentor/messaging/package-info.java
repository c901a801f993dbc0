/** Job queue and scheduler adapters: the durable PostgreSQL-backed default and Redis Streams. */
package in.mrmentor.messaging;
