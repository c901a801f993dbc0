/** The composition root: reads and validates configuration, picks adapters and wires the use cases. */
package in.mrmentor.bootstrap;
