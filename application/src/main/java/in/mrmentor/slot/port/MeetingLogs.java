package in.mrmentor.slot.port;

import in.mrmentor.slot.MeetingLog;

import java.util.List;
import java.util.UUID;

public interface MeetingLogs {

    void append(MeetingLog log);

    List<MeetingLog> forSlot(UUID slotId);
}
