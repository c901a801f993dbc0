package in.mrmentor.hiring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The score of a resume against a post: 80 points for the share of the post's skills the resume
 * shows, 20 for experience (4 per year, from five years on all 20). Shortlisted at or above the
 * post's threshold, pooled below it. Deterministic, so a re-screen of the same analysis agrees.
 */
public final class ScoringRule {
    public static final int SKILL_POINTS = 80;
    public static final int EXPERIENCE_POINTS = 20;
    public static final int POINTS_PER_YEAR = 4;

    private ScoringRule() {
    }

    public static ScreeningResult score(JobPostDetails job, ResumeAnalysis analysis) {
        Set<String> shown = new HashSet<>();
        for (String skill : analysis.skills()) {
            shown.add(skill.toLowerCase(java.util.Locale.ROOT));
        }
        List<String> matched = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String skill : job.skills()) {
            (shown.contains(skill) ? matched : missing).add(skill);
        }
        int skillScore = Math.round((float) SKILL_POINTS * matched.size() / job.skills().size());
        int experienceScore = Math.min(EXPERIENCE_POINTS, analysis.yearsOfExperience() * POINTS_PER_YEAR);
        int score = skillScore + experienceScore;
        List<String> reasons = new ArrayList<>();
        reasons.add("skills matched " + matched.size() + "/" + job.skills().size()
                + (matched.isEmpty() ? "" : ": " + String.join(", ", matched)));
        if (!missing.isEmpty()) {
            reasons.add("skills missing: " + String.join(", ", missing));
        }
        reasons.add(analysis.yearsOfExperience() + " years of experience");
        Verdict verdict = score >= job.screeningThreshold() ? Verdict.SHORTLIST : Verdict.POOL;
        return new ScreeningResult(score, job.screeningThreshold(), verdict, reasons);
    }

    /** A pooled candidate's fit for a post: the share of the post's skills they have, 0-100. */
    public static int matchScore(List<String> jobSkills, List<String> candidateSkills) {
        if (jobSkills.isEmpty()) {
            return 0;
        }
        Set<String> have = new HashSet<>(candidateSkills);
        long overlap = jobSkills.stream().filter(have::contains).count();
        return (int) Math.round(100.0 * overlap / jobSkills.size());
    }
}
