package in.mrmentor.slot.port.memory;

import in.mrmentor.shared.port.memory.InMemoryTransactions;
import in.mrmentor.slot.MeetingLog;
import in.mrmentor.slot.port.MeetingLogs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Meeting log lines in memory; a slot's lines come in time order, as the database orders them. */
public final class InMemoryMeetingLogs implements MeetingLogs, InMemoryTransactions.Participant {
    private final List<MeetingLog> rows = new ArrayList<>();

    @Override
    public synchronized void append(MeetingLog log) {
        rows.add(log);
    }

    @Override
    public synchronized List<MeetingLog> forSlot(UUID slotId) {
        return rows.stream().filter(l -> l.slotId().equals(slotId))
                .sorted(Comparator.comparing(MeetingLog::at)).toList();
    }

    @Override
    public synchronized Runnable snapshot() {
        List<MeetingLog> copy = new ArrayList<>(rows);
        return () -> {
            synchronized (this) {
                rows.clear();
                rows.addAll(copy);
            }
        };
    }
}
