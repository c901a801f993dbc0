package in.mrmentor.mail.port;

import in.mrmentor.mail.OutboxEntry;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;

import java.util.List;

/** Reads what was queued for sending (operators, the dev console, and later the delivery worker). */
public interface Outbox {

    /** The latest messages, newest first; listings leave attachments out (see {@code OutboxStore.find}). */
    List<OutboxEntry> newest(int limit);

    /** A page of the messages, newest first by creation time, then id, both descending; without attachments. */
    List<OutboxEntry> page(PageRequest<TimeKey> page);
}
