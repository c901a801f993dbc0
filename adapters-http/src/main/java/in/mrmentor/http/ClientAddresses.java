package in.mrmentor.http;

import io.javalin.http.Context;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The client's address by API.md's rule: {@code X-Forwarded-For} counts only when the peer is in
 * {@code TRUSTED_PROXIES}. The header is read from the right, skipping the trusted proxies that
 * appended to it; the first other address is the client. Entries left of it are whatever the client
 * sent, so they are never believed.
 */
public final class ClientAddresses {
    private static final String FORWARDED_FOR = "X-Forwarded-For";

    private final List<Cidr> trustedProxies;

    public ClientAddresses(List<Cidr> trustedProxies) {
        this.trustedProxies = List.copyOf(trustedProxies);
    }

    /** Nobody is trusted: the peer is the client (the default). */
    public static ClientAddresses direct() {
        return new ClientAddresses(List.of());
    }

    public String of(Context ctx) {
        return resolve(ctx.req().getRemoteAddr(), ctx.req().getHeaders(FORWARDED_FOR) == null ? List.of()
                : Collections.list(ctx.req().getHeaders(FORWARDED_FOR)));
    }

    /** @param forwardedFor every {@code X-Forwarded-For} header line, in order */
    String resolve(String peer, List<String> forwardedFor) {
        String client = peer;
        Optional<InetAddress> current = Cidr.literal(peer);
        List<String> hops = forwardedFor.stream()
                .flatMap(line -> Arrays.stream(line.split(",")))
                .map(String::strip)
                .filter(hop -> !hop.isEmpty())
                .toList();
        for (int i = hops.size() - 1; i >= 0 && current.filter(this::isTrusted).isPresent(); i--) {
            var hop = Cidr.literal(hops.get(i));
            if (hop.isEmpty()) {
                // A trusted proxy wrote something that is no address: keep the last address we believe.
                break;
            }
            client = hop.get().getHostAddress();
            current = hop;
        }
        return client;
    }

    private boolean isTrusted(InetAddress address) {
        return trustedProxies.stream().anyMatch(block -> block.contains(address));
    }

    @Override
    public String toString() {
        return "ClientAddresses[trustedProxies=" + trustedProxies + "]";
    }
}
