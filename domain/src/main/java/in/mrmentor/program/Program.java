package in.mrmentor.program;

/** The programs a batch belongs to (seed 003 "Batch.program"); each has its own invoice series. */
public enum Program {
    MAS101,
    MAS102,
    AERO,
    DRO
}
