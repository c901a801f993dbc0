package in.mrmentor.config.port;

import java.util.UUID;

/**
 * Hands "tell Mr. Hire the enabled call providers" to the background, where it is retried until Mr.
 * Hire takes it. While one is still waiting, asking again answers that job instead of queueing another.
 */
@FunctionalInterface
public interface CallProviderRefreshes {

    /** The id of the background job that will do it. */
    UUID schedule();
}
