package in.mrmentor.mail.port;

import in.mrmentor.mail.OutboxEntry;

import java.util.List;

/** Reads what was queued for sending (operators, the dev console, and later the delivery worker). */
public interface Outbox {

    /** The latest messages, newest first. */
    List<OutboxEntry> newest(int limit);
}
