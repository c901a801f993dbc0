package in.mrmentor.lead.port;

import in.mrmentor.lead.Campaign;

import java.util.List;
import java.util.Optional;

public interface Campaigns {

    /** Adds the campaign; false when its slug is taken. */
    boolean add(Campaign campaign);

    Optional<Campaign> find(String slug);

    /** Every campaign, by slug (a small reference list). */
    List<Campaign> all();
}
