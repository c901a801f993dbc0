package in.mrmentor.tenant;

import in.mrmentor.shared.Platform;

/**
 * The tenant the work in progress is done for: the request's {@code x-platform}, or the default
 * tenant outside a request (jobs, the command line). Other contexts read it through this root type.
 */
@FunctionalInterface
public interface CurrentTenant {

    Platform current();

    static CurrentTenant always(Platform platform) {
        return () -> platform;
    }
}
