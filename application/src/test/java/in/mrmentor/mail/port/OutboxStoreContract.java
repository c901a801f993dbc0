package in.mrmentor.mail.port;

import in.mrmentor.shared.PageWalk;
import in.mrmentor.mail.ListOutbox;
import in.mrmentor.mail.OutboxEntry;
import java.util.ArrayList;
import java.util.List;
import in.mrmentor.mail.OutboxEntry.Status;
import in.mrmentor.mail.MailAttachment;
import in.mrmentor.mail.OutgoingEmail;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.testing.MovableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link OutboxStore} adapter must do; the in-memory and the Jdbi one run these same cases. */
public abstract class OutboxStoreContract {
    protected final MovableClock clock = new MovableClock();
    protected OutboxStore outbox;
    protected Transactions transactions;

    /** A fresh, empty store reading time from {@code clock}; {@link #transactions()} is asked right after. */
    protected abstract OutboxStore newStore(MovableClock clock);

    protected abstract Transactions transactions();

    @BeforeEach
    void freshStore() {
        outbox = newStore(clock);
        transactions = transactions();
    }

    private static OutgoingEmail mail(String to) {
        return new OutgoingEmail(to, "Subject for " + to, "Text", "<p>Html</p>");
    }

    @Test
    void anAddedMessageIsPendingAndFoundById() {
        UUID id = outbox.add(mail("asha@example.in"));

        assertThat(outbox.find(id)).hasValueSatisfying(entry -> {
            assertThat(entry.id()).isEqualTo(id);
            assertThat(entry.email()).isEqualTo(mail("asha@example.in"));
            assertThat(entry.status()).isEqualTo(Status.PENDING);
            assertThat(entry.lastError()).isNull();
        });
        assertThat(outbox.newest(10)).extracting(e -> e.id()).containsExactly(id);
    }

    @Test
    void aMessageBrandedWithItsTenantsSenderKeepsIt() {
        var branded = mail("asha@example.in").from("noreply@myanalyticsschool.com", "My Analytics School");

        UUID id = outbox.add(branded);

        assertThat(outbox.find(id)).get().extracting(e -> e.email()).isEqualTo(branded);
    }

    @Test
    void copiesAndFilesAreKeptWithTheMessageAndListingsLeaveTheFilesOut() {
        byte[] pdf = "%PDF-1.7 an invoice".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var invoice = mail("buyer@example.in").copiedTo(List.of("finance@example.in", "admin@example.in"))
                .attaching(List.of(new MailAttachment("TOK-2026-27-000001.pdf", "application/pdf", pdf),
                        new MailAttachment("terms.txt", "text/plain", new byte[] {'o', 'k'})));

        List<UUID> ids = outbox.addAll(List.of(mail("asha@example.in"), invoice));

        assertThat(outbox.find(ids.get(1))).get().extracting(e -> e.email()).isEqualTo(invoice);
        assertThat(outbox.find(ids.get(1)).orElseThrow().email().attachments()).extracting(MailAttachment::filename)
                .containsExactly("TOK-2026-27-000001.pdf", "terms.txt");
        assertThat(outbox.find(ids.get(0))).get().extracting(e -> e.email()).isEqualTo(mail("asha@example.in"));
        assertThat(outbox.newest(10)).filteredOn(e -> e.id().equals(ids.get(1))).singleElement().satisfies(listed -> {
            assertThat(listed.email().cc()).containsExactly("finance@example.in", "admin@example.in");
            assertThat(listed.email().attachments()).isEmpty();
        });
        UUID single = outbox.add(mail("ravi@example.in").attaching(List.of(new MailAttachment("a.pdf",
                "application/pdf", pdf))));
        assertThat(outbox.find(single).orElseThrow().email().attachments()).singleElement()
                .satisfies(file -> assertThat(file.content()).isEqualTo(pdf));
    }

    @Test
    void messagesAddedTogetherAreEachPendingUnderTheirOwnIdInOrder() {
        var branded = mail("ravi@example.in").from("noreply@myanalyticsschool.com", "My Analytics School");

        List<UUID> ids = outbox.addAll(List.of(mail("asha@example.in"), branded));

        assertThat(ids).hasSize(2).doesNotHaveDuplicates();
        assertThat(outbox.find(ids.get(0))).get().satisfies(e -> {
            assertThat(e.email()).isEqualTo(mail("asha@example.in"));
            assertThat(e.status()).isEqualTo(Status.PENDING);
        });
        assertThat(outbox.find(ids.get(1))).get().extracting(e -> e.email()).isEqualTo(branded);
    }

    @Test
    void anUnknownIdIsNotFound() {
        assertThat(outbox.find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void markingSentSettlesTheMessageAndLogsItOnce() {
        UUID id = outbox.add(mail("asha@example.in"));
        Instant at = Instant.parse("2026-11-23T10:00:00Z");

        assertThat(outbox.markSent(id, at, "smtp", "<abc@mail>")).isTrue();
        assertThat(outbox.markSent(id, at.plusSeconds(5), "smtp", "<again@mail>")).isFalse();

        assertThat(outbox.find(id)).get().extracting(e -> e.status()).isEqualTo(Status.SENT);
        assertThat(outbox.sentNewest(10)).singleElement().satisfies(sent -> {
            assertThat(sent.outboxId()).isEqualTo(id);
            assertThat(sent.to()).isEqualTo("asha@example.in");
            assertThat(sent.subject()).isEqualTo("Subject for asha@example.in");
            assertThat(sent.transport()).isEqualTo("smtp");
            assertThat(sent.messageId()).isEqualTo("<abc@mail>");
            assertThat(sent.sentAt()).isEqualTo(at);
        });
    }

    @Test
    void aKeptMessageIsSettledAndNeverLoggedAsSent() {
        UUID id = outbox.add(mail("asha@example.in"));

        assertThat(outbox.markKept(id)).isTrue();

        assertThat(outbox.markSent(id, clock.instant(), "smtp", "<x@mail>")).isFalse();
        assertThat(outbox.markFailed(id, "late")).isFalse();
        assertThat(outbox.find(id)).get().extracting(e -> e.status()).isEqualTo(Status.KEPT);
        assertThat(outbox.newest(1)).singleElement().extracting(e -> e.email().textBody()).isEqualTo("Text");
        assertThat(outbox.sentNewest(10)).isEmpty();
    }

    @Test
    void aFailedMessageKeepsItsErrorAndCanStillBeSentByARetry() {
        UUID id = outbox.add(mail("asha@example.in"));

        assertThat(outbox.markFailed(id, "MailDeliveryException: connection refused")).isTrue();
        assertThat(outbox.find(id)).hasValueSatisfying(entry -> {
            assertThat(entry.status()).isEqualTo(Status.FAILED);
            assertThat(entry.lastError()).isEqualTo("MailDeliveryException: connection refused");
        });

        assertThat(outbox.markSent(id, clock.instant(), "smtp", "<x@mail>")).isTrue();
        assertThat(outbox.find(id)).get().extracting(e -> e.status()).isEqualTo(Status.SENT);
    }

    @Test
    void aSentMessageIsNeverMarkedFailed() {
        UUID id = outbox.add(mail("asha@example.in"));
        outbox.markSent(id, clock.instant(), "smtp", "<x@mail>");

        assertThat(outbox.markFailed(id, "a stale delivery")).isFalse();
        assertThat(outbox.find(id)).get().extracting(e -> e.status()).isEqualTo(Status.SENT);
    }

    @Test
    void marksOnAnUnknownIdChangeNothing() {
        UUID unknown = UUID.randomUUID();

        assertThat(outbox.markSent(unknown, clock.instant(), "smtp", "<x@mail>")).isFalse();
        assertThat(outbox.markKept(unknown)).isFalse();
        assertThat(outbox.markFailed(unknown, "x")).isFalse();
        assertThat(outbox.sentNewest(10)).isEmpty();
    }

    @Test
    void onlyPendingMessagesOlderThanTheCutOffAreStrandedOldestFirst() {
        UUID oldest = outbox.add(mail("a@example.in"));
        clock.advance(Duration.ofSeconds(1));
        UUID older = outbox.add(mail("b@example.in"));
        clock.advance(Duration.ofSeconds(1));
        UUID sent = outbox.add(mail("c@example.in"));
        outbox.markSent(sent, clock.instant(), "smtp", "<c@mail>");
        clock.advance(Duration.ofMinutes(10));
        Instant cutOff = clock.instant();
        clock.advance(Duration.ofSeconds(1));
        outbox.add(mail("fresh@example.in"));

        assertThat(outbox.pendingOlderThan(cutOff, 10)).containsExactly(oldest, older);
        assertThat(outbox.pendingOlderThan(cutOff, 1)).containsExactly(oldest);
    }

    @Test
    void aRolledBackAddLeavesNothing() {
        assertThatThrownBy(() -> transactions.run(() -> {
            outbox.add(mail("asha@example.in"));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(outbox.newest(10)).isEmpty();
    }

    @Test
    void theSentLogListsTheNewestFirst() {
        for (int i = 1; i <= 3; i++) {
            UUID id = outbox.add(mail("n" + i + "@example.in"));
            outbox.markSent(id, Instant.parse("2026-11-23T10:00:00Z").plusSeconds(i), "smtp", "<" + i + "@mail>");
        }

        assertThat(outbox.sentNewest(2)).extracting(s -> s.messageId()).containsExactly("<3@mail>", "<2@mail>");
    }

    @Test
    void countingByStatusNamesEveryStatus() {
        outbox.add(mail("pending@example.in"));
        outbox.markSent(outbox.add(mail("sent@example.in")), clock.instant(), "smtp", "<s@mail>");
        outbox.markKept(outbox.add(mail("kept-1@example.in")));
        outbox.markKept(outbox.add(mail("kept-2@example.in")));

        assertThat(outbox.countByStatus()).isEqualTo(Map.of(
                Status.PENDING, 1L, Status.SENT, 1L, Status.KEPT, 2L, Status.FAILED, 0L));
    }

    @Test
    void anEmptyOutboxCountsZeroForEveryStatus() {
        assertThat(outbox.countByStatus()).containsOnlyKeys(Status.values()).allSatisfy((status, count) ->
                assertThat(count).isZero());
    }

    @Test
    void pagingThroughTheOutboxSeesEveryMessageOnceWhileMailIsAdded() {
        List<UUID> queued = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            queued.add(outbox.add(mail("user" + i + "@example.com")));
        }
        Runnable oneMore = () -> outbox.add(mail("late@example.com"));

        var list = new ListOutbox(outbox);
        assertThat(PageWalk.of(cursor -> list.page(2, cursor), oneMore).seenAs(OutboxEntry::id)).containsAll(queued);
    }
}
