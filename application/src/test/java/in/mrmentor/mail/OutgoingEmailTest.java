package in.mrmentor.mail;

import in.mrmentor.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutgoingEmailTest {
    private static final byte[] PDF = {'%', 'P', 'D', 'F'};

    private static OutgoingEmail mail() {
        return new OutgoingEmail("buyer@example.in", "Tax invoice", "Text", null);
    }

    @Test
    void copiesLeaveOutTheRecipientBlanksAndRepeatsAndSurviveBranding() {
        var copied = mail().copiedTo(List.of(" finance@example.in ", "BUYER@example.in", "", "finance@example.in",
                "admin@example.in"));

        assertThat(copied.cc()).containsExactly("finance@example.in", "admin@example.in");
        assertThat(copied.from("noreply@mas.in", "MAS").cc()).isEqualTo(copied.cc());
        assertThat(mail().cc()).isEmpty();
        assertThat(mail().attachments()).isEmpty();
    }

    @Test
    void filesSurviveBrandingAndAreComparedByContent() {
        var attached = mail().attaching(List.of(new MailAttachment("a.pdf", "application/pdf", PDF)));

        assertThat(attached.from("noreply@mas.in", "MAS").attachments()).isEqualTo(attached.attachments());
        assertThat(attached).isEqualTo(mail().attaching(List.of(new MailAttachment("a.pdf", "application/pdf",
                PDF.clone()))));
        assertThat(attached).isNotEqualTo(mail().attaching(List.of(new MailAttachment("a.pdf", "application/pdf",
                new byte[] {1}))));
        assertThat(attached.toString()).contains("a.pdf").doesNotContain("%PDF");
    }

    @Test
    void anAttachmentIsAPlainNamedTypedNonEmptyFileAndItsBytesCannotBeChangedFromOutside() {
        for (String name : List.of("", "../etc/passwd", "a\\b.pdf", "line\nbreak.pdf")) {
            assertThatThrownBy(() -> new MailAttachment(name, "application/pdf", PDF)).as(name)
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                            .extracting(f -> f.field()).containsExactly("filename"));
        }
        assertThatThrownBy(() -> new MailAttachment("a.pdf", "pdf", PDF)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new MailAttachment("a.pdf", "application/pdf", new byte[0]))
                .isInstanceOf(DomainException.class);
        byte[] bytes = PDF.clone();
        var file = new MailAttachment("a.pdf", "application/pdf", bytes);
        bytes[0] = 'X';
        file.content()[1] = 'X';
        assertThat(file.content()).isEqualTo(PDF);
    }

    @Test
    void tooManyCopiesFilesOrBytesAreRefused() {
        assertThatThrownBy(() -> mail().copiedTo(java.util.stream.IntStream.rangeClosed(1, 11)
                .mapToObj(i -> "c" + i + "@example.in").toList()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(f -> f.field()).containsExactly("cc"));
        var file = new MailAttachment("a.pdf", "application/pdf", PDF);
        assertThatThrownBy(() -> mail().attaching(Collections.nCopies(11, file))).isInstanceOf(DomainException.class);
        var big = new MailAttachment("big.bin", "application/octet-stream", new byte[OutgoingEmail.MAX_ATTACHMENT_BYTES]);
        assertThat(mail().attaching(List.of(big)).attachments()).hasSize(1);
        assertThatThrownBy(() -> mail().attaching(List.of(big, file)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(f -> f.field()).containsExactly("attachments"));
    }
}
