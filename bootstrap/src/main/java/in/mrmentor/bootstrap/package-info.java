/**
 * The composition root. This package holds only the {@link in.mrmentor.bootstrap.ContextModule}
 * interface and its list, the server that iterates it, the {@link in.mrmentor.bootstrap.Platform}
 * every module stands on, and the {@link in.mrmentor.bootstrap.Settings} they are configured with.
 * Each context's wiring and settings live in the sub-package named after it; {@code settings} holds
 * the vocabulary every settings reader uses and {@code platform} the database runtime.
 */
package in.mrmentor.bootstrap;
