package in.mrmentor.lead.port;

import in.mrmentor.lead.SalesTarget;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

public interface Targets {

    void put(SalesTarget target);

    /** The period's targets of {@code userIds} (null: everyone's). */
    List<SalesTarget> of(Collection<java.util.UUID> userIds, YearMonth period);
}
