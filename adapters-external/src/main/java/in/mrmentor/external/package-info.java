/** Clients of outside systems (blob stores, payments, mail, LLM, e-sign, WhatsApp, Exotel), each behind an application port. */
package in.mrmentor.external;
