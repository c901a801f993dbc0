package in.mrmentor.pap;

import java.util.Locale;
import java.util.Optional;

/** The PDFs a workflow holds, by the name the document route uses. */
public enum PapDocumentKind {
    MOU("mou"),
    SIGNED_MOU("signed-mou"),
    OFFER_LETTER("offer-letter");

    private final String apiName;

    PapDocumentKind(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    public static Optional<PapDocumentKind> fromApiName(String name) {
        for (PapDocumentKind kind : values()) {
            if (kind.apiName.equals(name == null ? null : name.toLowerCase(Locale.ROOT))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The key of this document of the workflow in the blob store. */
    public String key(PapWorkflow workflow) {
        return switch (this) {
            case MOU -> workflow.mouKey();
            case SIGNED_MOU -> workflow.signedMouKey();
            case OFFER_LETTER -> workflow.placement() == null ? null : workflow.placement().offerLetterKey();
        };
    }
}
