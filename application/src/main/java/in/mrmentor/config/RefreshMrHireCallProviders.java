package in.mrmentor.config;

import in.mrmentor.config.port.CallProviderRefreshes;
import in.mrmentor.config.port.MrHire;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.ErrorKind;

import java.util.List;
import java.util.UUID;

/**
 * An administrator asks that Mr. Hire be told the enabled call providers
 * ({@code POST /api/admin/system-config/refresh-mr-hire}). The call itself is a background job,
 * retried with backoff while Mr. Hire is down; {@link #push()} is that job's work. The list is read
 * when the job runs, so a retry sends what is switched on by then.
 */
public final class RefreshMrHireCallProviders {
    public static final String INTEGRATION_NOT_CONFIGURED = "INTEGRATION_NOT_CONFIGURED";

    private final MrHire mrHire;
    private final CallProviderRefreshes refreshes;
    private final ListEnabledCallProviders providers;

    public RefreshMrHireCallProviders(MrHire mrHire, CallProviderRefreshes refreshes, ListEnabledCallProviders providers) {
        this.mrHire = mrHire;
        this.refreshes = refreshes;
        this.providers = providers;
    }

    /**
     * The id of the job that will tell Mr. Hire.
     *
     * @throws DomainException 503 {@code INTEGRATION_NOT_CONFIGURED} without MR_HIRE_BACKEND_URL and INTERNAL_SERVICE_TOKEN
     */
    public UUID request() {
        if (!mrHire.isConfigured()) {
            throw new DomainException(ErrorKind.UNAVAILABLE, INTEGRATION_NOT_CONFIGURED,
                    "The Mr. Hire backend is not configured (MR_HIRE_BACKEND_URL, INTERNAL_SERVICE_TOKEN).");
        }
        return refreshes.schedule();
    }

    /**
     * Sends the current list; the job's handler. Throws when Mr. Hire did not take it, so the job is retried.
     *
     * @return what was sent
     */
    public List<String> push() {
        List<String> enabled = providers.list();
        mrHire.refreshCallProviders(enabled);
        return enabled;
    }
}
