package in.mrmentor.pap.port;

import in.mrmentor.pap.AgreementTemplate;

import java.util.Optional;

/** The versions of the MOU's text; a version once stored never changes. */
public interface AgreementTemplates {

    Optional<AgreementTemplate> latest();

    Optional<AgreementTemplate> find(int version);

    /** Adds the version; false (and nothing stored) when that version number is taken. */
    boolean add(AgreementTemplate template);
}
