package in.mrmentor.pap.port;

import in.mrmentor.shared.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every adapter of {@link PapDocuments} must do: keep each PDF under its key, byte for byte. */
public abstract class PapDocumentsContract {
    private static final String MOU = "pap/5b0c7a52-8f0e-4d6e-9a51-0f3f1c2d4e5a/mou-v1-1795428000000.pdf";

    protected PapDocuments documents;

    protected abstract PapDocuments newDocuments();

    @BeforeEach
    void freshDocuments() {
        documents = newDocuments();
    }

    /** A PDF header followed by every byte value, so no byte is lost or re-encoded on the way. */
    private static byte[] pdf(String marker) {
        byte[] header = ("%PDF-1.7 " + marker + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] pdf = Arrays.copyOf(header, header.length + 256);
        for (int i = 0; i < 256; i++) {
            pdf[header.length + i] = (byte) i;
        }
        return pdf;
    }

    @Test
    void aStoredDocumentIsReadBackByteForByte() {
        documents.store(MOU, pdf("mou"));

        assertThat(documents.read(MOU)).hasValueSatisfying(read -> assertThat(read).isEqualTo(pdf("mou")));
    }

    @Test
    void nothingIsReadUnderAKeyNeverStoredNorUnderADocumentsFolder() {
        documents.store(MOU, pdf("mou"));

        assertThat(documents.read(MOU.replace("mou-v1", "mou-v2"))).isEmpty();
        assertThat(documents.read(MOU.substring(0, MOU.lastIndexOf('/')))).isEmpty();
    }

    @Test
    void storingAgainUnderAKeyReplacesTheDocument() {
        documents.store(MOU, pdf("first"));

        documents.store(MOU, pdf("second"));

        assertThat(documents.read(MOU)).hasValueSatisfying(read -> assertThat(read).isEqualTo(pdf("second")));
    }

    @Test
    void changingTheBytesStoredOrReadLeavesTheDocumentAsStored() {
        byte[] stored = pdf("mou");
        documents.store(MOU, stored);
        stored[0] = 'X';
        documents.read(MOU).orElseThrow()[1] = 'X';

        assertThat(documents.read(MOU)).hasValueSatisfying(read -> assertThat(read).isEqualTo(pdf("mou")));
    }

    /** The documents live in the platform's blob store, which refuses these keys before touching storage. */
    @ParameterizedTest
    @ValueSource(strings = {"", "/pap/mou.pdf", "pap/../secrets.pdf", "pap//mou.pdf", "pap/.mou.pdf", "pap\\mou.pdf"})
    void aKeyTheBlobStoreRefusesIsRefusedOnStoreAndRead(String key) {
        assertRefused(() -> documents.store(key, pdf("mou")));
        assertRefused(() -> documents.read(key));
    }

    private static void assertRefused(Runnable operation) {
        assertThatThrownBy(operation::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("VALIDATION_FAILED"));
    }
}
