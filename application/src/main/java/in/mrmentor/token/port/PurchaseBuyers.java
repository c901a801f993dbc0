package in.mrmentor.token.port;

import java.util.Optional;
import java.util.UUID;

/** Who bought tokens, as the purchase's tax invoice names them. */
public interface PurchaseBuyers {

    record BuyerName(String name, String email) {
    }

    Optional<BuyerName> of(UUID userId);
}
