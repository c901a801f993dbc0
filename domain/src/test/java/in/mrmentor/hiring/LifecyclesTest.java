package in.mrmentor.hiring;

import static in.mrmentor.hiring.CandidateStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LifecyclesTest {

    @Test
    void everyPairOfJobPostStatesFollowsTheTable() {
        Map<JobPostStatus, Set<JobPostStatus>> allowed = Map.of(
                JobPostStatus.DRAFT, EnumSet.of(JobPostStatus.ACTIVE, JobPostStatus.CLOSED),
                JobPostStatus.ACTIVE, EnumSet.of(JobPostStatus.PAUSED, JobPostStatus.CLOSED),
                JobPostStatus.PAUSED, EnumSet.of(JobPostStatus.ACTIVE, JobPostStatus.CLOSED),
                JobPostStatus.CLOSED, EnumSet.noneOf(JobPostStatus.class));
        for (JobPostStatus from : JobPostStatus.values()) {
            for (JobPostStatus to : JobPostStatus.values()) {
                assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(allowed.get(from).contains(to));
            }
        }
    }

    @Test
    void everyPairOfCandidateStatesFollowsTheTable() {
        CandidateStatus[] pipeline = {RESUME_RECEIVED, RESUME_PARSED, OUTREACH_SENT, QUIZ_INVITED, QUIZ_COMPLETED,
                VOICE_INTERVIEW_SCHEDULED, VOICE_INTERVIEW_COMPLETED, SCORING_COMPLETE};
        for (CandidateStatus from : CandidateStatus.values()) {
            for (CandidateStatus to : CandidateStatus.values()) {
                boolean expected;
                if (from == REJECTED || from == to) {
                    expected = false;
                } else if (to == REJECTED) {
                    expected = true;
                } else if (from == SHORTLISTED) {
                    expected = false;
                } else if (from == TALENT_POOL) {
                    expected = to == SHORTLISTED;
                } else {
                    int fromAt = indexOf(pipeline, from);
                    int toAt = to == SHORTLISTED || to == TALENT_POOL ? pipeline.length : indexOf(pipeline, to);
                    expected = toAt > fromAt;
                }
                assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(expected);
            }
        }
    }

    @Test
    void eventsOnlyEverMoveTheStatusForward() {
        assertThat(RESUME_PARSED.advancedTo(QUIZ_INVITED)).isEqualTo(QUIZ_INVITED);
        assertThat(SHORTLISTED.advancedTo(QUIZ_INVITED)).isEqualTo(SHORTLISTED);
        assertThat(TALENT_POOL.advancedTo(QUIZ_COMPLETED)).isEqualTo(TALENT_POOL);
        assertThat(QUIZ_COMPLETED.advancedTo(QUIZ_INVITED)).isEqualTo(QUIZ_COMPLETED);
        assertThat(REJECTED.advancedTo(QUIZ_INVITED)).isEqualTo(REJECTED);
    }

    private static int indexOf(CandidateStatus[] pipeline, CandidateStatus status) {
        for (int i = 0; i < pipeline.length; i++) {
            if (pipeline[i] == status) {
                return i;
            }
        }
        throw new AssertionError(status);
    }
}
