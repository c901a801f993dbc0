package in.mrmentor.pap.port;

import in.mrmentor.invoice.Payment;

import java.util.Optional;
import java.util.UUID;

/** The money receipts ({@code global_payments}) an admin may name as the PAP fee received offline. */
public interface Receipts {

    Optional<Payment> find(UUID paymentId);
}
