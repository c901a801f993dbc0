package in.mrmentor.lead;

/** The channel a lead came through (the seed's {@code sourceType}). Only MANUAL answers a duplicate with 409. */
public enum LeadSource {
    MANUAL,
    IMPORT,
    VENDOR,
    CAMPAIGN
}
