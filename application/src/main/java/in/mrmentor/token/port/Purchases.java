package in.mrmentor.token.port;

import in.mrmentor.token.Purchase;

import java.util.Optional;
import java.util.UUID;

/** The {@code token_purchases} rows. An order id belongs to one purchase. */
public interface Purchases {

    void add(Purchase purchase);

    Optional<Purchase> find(UUID id);

    /** The purchase, held until the unit of work ends: verification and webhook complete it one at a time. */
    Optional<Purchase> lock(UUID id);

    Optional<Purchase> lockByOrderId(String orderId);

    void replace(Purchase purchase);
}
