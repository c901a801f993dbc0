package in.mrmentor.token.port.memory;

import in.mrmentor.token.port.GrantAudit;
import in.mrmentor.token.port.GrantAuditContract;

import java.util.List;
import java.util.UUID;

class InMemoryGrantAuditTest extends GrantAuditContract {
    private final InMemoryGrantAudit store = new InMemoryGrantAudit();

    @Override
    protected GrantAudit newAudit() {
        return store;
    }

    @Override
    protected List<Line> lines() {
        return store.lines().stream().map(line -> new Line(line.grant(), line.grantedBy(), line.at())).toList();
    }

    @Override
    protected UUID aUser() {
        return UUID.randomUUID();
    }
}
