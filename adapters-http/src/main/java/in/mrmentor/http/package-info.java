/** The HTTP adapter: Javalin routes, JSON mapping, authentication and problem+json errors. */
package in.mrmentor.http;
