package in.mrmentor.http.program;

import com.fasterxml.jackson.annotation.JsonRawValue;
import in.mrmentor.program.ApplicationTransition;
import in.mrmentor.program.Batch;
import in.mrmentor.program.BillingDetails;
import in.mrmentor.program.DiscountRequest;
import in.mrmentor.program.ProgramApplication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The JSON shapes of the programs context. */
public final class ProgramJson {
    public static final String CURRENCY = "INR";

    private ProgramJson() {
    }

    public record BatchJson(UUID id, String code, String name, String program, LocalDate startDate,
                            long enrollmentFeePaise, String currency, int capacity, boolean papAvailable, String status,
                            Instant createdAt) {
        public static BatchJson of(Batch b) {
            return new BatchJson(b.id(), b.code(), b.name(), b.program().name(), b.startDate(), b.enrollmentFeePaise(),
                    CURRENCY, b.capacity(), b.papAvailable(), b.status().name(), b.createdAt());
        }
    }

    public record BillingJson(String name, String address, String stateCode, String gstin) {
        public static BillingJson of(BillingDetails b) {
            return b == null ? null : new BillingJson(b.name(), b.address(), b.stateCode(), b.gstin());
        }

        BillingDetails toDomain() {
            return new BillingDetails(name, address, stateCode, gstin);
        }
    }

    public record TransitionJson(String from, String to, UUID actor, Instant at, String note) {
        public static TransitionJson of(ApplicationTransition t) {
            return new TransitionJson(t.from() == null ? null : t.from().name(), t.to().name(), t.actor(), t.at(), t.note());
        }
    }

    public record ApplicationJson(UUID id, UUID userId, UUID batchId, String status,
                                  @JsonRawValue String answers, BillingJson billing, String invoiceNumber,
                                  Instant createdAt, Instant updatedAt, List<TransitionJson> history) {
        public static ApplicationJson of(ProgramApplication a) {
            return of(a, null);
        }

        public static ApplicationJson of(ProgramApplication a, List<ApplicationTransition> history) {
            return new ApplicationJson(a.id(), a.userId(), a.batchId(), a.status().name(), a.answers(),
                    BillingJson.of(a.billing()), a.invoiceNumber(), a.createdAt(), a.updatedAt(),
                    history == null ? null : history.stream().map(TransitionJson::of).toList());
        }
    }

    public record DiscountJson(UUID id, UUID applicationId, long amountPaise, String currency, String reason,
                               String status, UUID requestedBy, Instant createdAt, UUID decidedBy, String note,
                               Instant decidedAt) {
        public static DiscountJson of(DiscountRequest r) {
            return new DiscountJson(r.id(), r.applicationId(), r.amountPaise(), CURRENCY, r.reason(), r.status().name(),
                    r.requestedBy(), r.createdAt(), r.decidedBy(), r.note(), r.decidedAt());
        }
    }
}
