package in.mrmentor.messaging.hiring;

import in.mrmentor.hiring.ScreenApplication;
import in.mrmentor.jobs.Job;
import in.mrmentor.jobs.JobHandler;
import java.util.UUID;
import java.util.regex.Pattern;

/** Runs a {@code resumeAnalysis} job: the screening of the application its payload names. */
public final class ResumeAnalysisJobHandler implements JobHandler {
    private static final Pattern PAYLOAD = Pattern.compile("\\{\\s*\"applicationId\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"\\s*}");

    private final ScreenApplication screen;

    public ResumeAnalysisJobHandler(ScreenApplication screen) {
        this.screen = screen;
    }

    @Override
    public void handle(Job job) {
        var matcher = PAYLOAD.matcher(job.payload());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("a resumeAnalysis payload names an applicationId");
        }
        screen.screen(UUID.fromString(matcher.group(1)));
    }
}
