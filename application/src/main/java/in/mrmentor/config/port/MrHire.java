package in.mrmentor.config.port;

import java.util.List;

/**
 * The Mr. Hire backend's internal API, as far as runtime configuration goes: it is told which call
 * providers are switched on ({@code POST /api/internal/call-providers/refresh}, authenticated with the
 * shared {@code INTERNAL_SERVICE_TOKEN}).
 */
public interface MrHire {

    /** False when {@code MR_HIRE_BACKEND_URL} or {@code INTERNAL_SERVICE_TOKEN} is unset. */
    boolean isConfigured();

    /**
     * Tells Mr. Hire the enabled providers. Returns only once Mr. Hire accepted them (2xx).
     *
     * @throws MrHireUnavailable when Mr. Hire cannot be reached or refuses, so the job retries
     */
    void refreshCallProviders(List<String> providers);

    /** Mr. Hire did not take the refresh; the message names the status, never the token. */
    final class MrHireUnavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public MrHireUnavailable(String message) {
            super(message);
        }
    }

    MrHire NOT_CONFIGURED = new MrHire() {
        @Override
        public boolean isConfigured() {
            return false;
        }

        @Override
        public void refreshCallProviders(List<String> providers) {
            throw new MrHireUnavailable("MR_HIRE_BACKEND_URL and INTERNAL_SERVICE_TOKEN are not configured");
        }
    };
}
