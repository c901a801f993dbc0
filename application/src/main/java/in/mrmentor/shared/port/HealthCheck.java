package in.mrmentor.shared.port;

/** One dependency the service needs to answer requests; {@code /api/health} reports each by name. */
public interface HealthCheck {

    String name();

    /** True when the dependency answers now; must not throw and should return within a second or two. */
    boolean isUp();
}
