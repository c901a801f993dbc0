package in.mrmentor.http;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** API.md: X-Forwarded-For names the client only when the peer is a trusted proxy. */
class ClientAddressesTest {
    private static final ClientAddresses BEHIND_PROXIES = new ClientAddresses(
            List.of(Cidr.parse("10.0.0.0/8"), Cidr.parse("::1")));

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertThat(ClientAddresses.direct().resolve("198.51.100.9", List.of("203.0.113.1"))).isEqualTo("198.51.100.9");
    }

    @Test
    void anUntrustedPeerCannotClaimAnotherAddress() {
        assertThat(BEHIND_PROXIES.resolve("198.51.100.9", List.of("203.0.113.1"))).isEqualTo("198.51.100.9");
    }

    @Test
    void behindTrustedProxiesTheRightmostUntrustedHopIsTheClient() {
        // The client sent "1.2.3.4" itself; the proxies appended the real address and each other.
        assertThat(BEHIND_PROXIES.resolve("10.0.0.2", List.of("1.2.3.4, 203.0.113.7", "10.0.0.1")))
                .isEqualTo("203.0.113.7");
        assertThat(BEHIND_PROXIES.resolve("0:0:0:0:0:0:0:1", List.of("203.0.113.8"))).isEqualTo("203.0.113.8");
    }

    @Test
    void aTrustedPeerWithoutTheHeaderOrWithGarbageIsItsOwnClient() {
        assertThat(BEHIND_PROXIES.resolve("10.0.0.2", List.of())).isEqualTo("10.0.0.2");
        assertThat(BEHIND_PROXIES.resolve("10.0.0.2", List.of("evil.example.com"))).isEqualTo("10.0.0.2");
        assertThat(BEHIND_PROXIES.resolve("10.0.0.2", List.of("203.0.113.9\u0000"))).isEqualTo("10.0.0.2");
    }

    @Test
    void blocksContainTheirAddressesOnly() {
        var block = Cidr.parse("192.168.16.0/20");
        assertThat(block.contains(Cidr.literal("192.168.31.255").orElseThrow())).isTrue();
        assertThat(block.contains(Cidr.literal("192.168.32.0").orElseThrow())).isFalse();
        assertThat(block.contains(Cidr.literal("::1").orElseThrow())).isFalse();
        assertThat(Cidr.parse("0.0.0.0/0").contains(Cidr.literal("8.8.8.8").orElseThrow())).isTrue();
    }

    @Test
    void hostNamesAndBadPrefixesAreNotBlocks() {
        assertThatThrownBy(() -> Cidr.parse("proxy.internal")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cidr.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cidr.parse("10.0.0.0/x")).isInstanceOf(IllegalArgumentException.class);
    }
}
