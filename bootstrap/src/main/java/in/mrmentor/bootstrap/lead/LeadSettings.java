package in.mrmentor.bootstrap.lead;

import in.mrmentor.bootstrap.settings.Secret;

import java.util.Objects;
import java.util.Optional;

/**
 * The CRM's settings (CRM.md): the vendor key pepper (absent only in production when unset), the
 * per-key and per-address rate limits and the largest import.
 */
public record LeadSettings(Optional<Secret> vendorKeyPepper, int vendorRatePerMinute, int campaignFormRatePerMinute,
                           long importMaxBytes) {
    public LeadSettings {
        Objects.requireNonNull(vendorKeyPepper, "vendorKeyPepper");
        if (vendorRatePerMinute < 1 || campaignFormRatePerMinute < 1 || importMaxBytes < 1) {
            throw new IllegalArgumentException("CRM limits are positive");
        }
    }
}
