package in.mrmentor.invoice.port.memory;

import in.mrmentor.invoice.port.GstAuditLog;
import in.mrmentor.invoice.port.GstAuditLogContract;

class InMemoryGstAuditLogTest extends GstAuditLogContract {
    @Override
    protected GstAuditLog newLog() {
        return new InMemoryGstAuditLog();
    }
}
