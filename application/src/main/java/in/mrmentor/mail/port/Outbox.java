package in.mrmentor.mail.port;

import in.mrmentor.mail.OutboxEntry;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;

import java.util.List;

/** Reads what was queued for sending (operators, the dev console, and later the delivery worker). */
public interface Outbox {

    /** The latest messages, newest first. */
    List<OutboxEntry> newest(int limit);

    /** A page of the messages, newest first by creation time, then id, both descending. */
    List<OutboxEntry> page(PageRequest<TimeKey> page);
}
