package in.mrmentor.pap;

/** How an enrolled PAP student pays: the batch fee now, or the PAP fee after placement. */
public enum PaymentOption {
    UPFRONT,
    PAP
}
