package in.mrmentor.hiring;

import java.util.List;
import java.util.Objects;

/**
 * What an analyzer read from a resume (seed 003: ResumeAnalysis).
 *
 * @param analyzer which analyzer produced it ({@code local}, or {@code llm:<model>})
 */
public record ResumeAnalysis(List<String> skills, int yearsOfExperience, String summary, String analyzer) {
    public ResumeAnalysis {
        skills = List.copyOf(skills);
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(analyzer, "analyzer");
        if (yearsOfExperience < 0 || yearsOfExperience > 80) {
            throw new IllegalArgumentException("yearsOfExperience must be from 0 to 80");
        }
    }
}
