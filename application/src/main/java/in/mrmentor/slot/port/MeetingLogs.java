package in.mrmentor.slot.port;

import in.mrmentor.slot.MeetingLog;

import java.util.List;
import java.util.UUID;

public interface MeetingLogs {

    void append(MeetingLog log);

    /** The slot's lines in time order (the contract checks both adapters keep it). */
    List<MeetingLog> forSlot(UUID slotId);
}
