package in.mrmentor.hiring;

import in.mrmentor.shared.Validation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * What a recruiter writes on a post, validated as a whole so every failing field is named at once.
 * Skills are kept trimmed, lower case and without repeats, in the order given.
 *
 * @param autoScreen null: follow the runtime setting {@code global_auto_screen_on_apply}
 */
public record JobPostDetails(String title, String description, String location, EmploymentType employmentType,
                             List<String> skills, Long salaryMinPaise, Long salaryMaxPaise, int screeningThreshold,
                             Boolean autoScreen) {
    public static final int DEFAULT_THRESHOLD = 60;
    public static final int MAX_SKILLS = 50;
    public static final int MAX_SKILL_LENGTH = 60;

    public JobPostDetails {
        var validation = new Validation()
                .requireText(title, "title", 200)
                .requireText(description, "description", 20_000)
                .requireText(location, "location", 200)
                .require(employmentType != null, "employmentType", "is required");
        if (skills == null || skills.isEmpty()) {
            validation.require(false, "skills", "must list 1 to " + MAX_SKILLS + " skills");
        } else if (skills.size() > MAX_SKILLS) {
            validation.require(false, "skills", "must list at most " + MAX_SKILLS + " skills");
        } else {
            for (int i = 0; i < skills.size(); i++) {
                String skill = skills.get(i);
                validation.require(skill != null && !skill.isBlank() && skill.trim().length() <= MAX_SKILL_LENGTH,
                        "skills[" + i + "]", "must be 1 to " + MAX_SKILL_LENGTH + " characters");
            }
        }
        validation.require(salaryMinPaise == null || salaryMinPaise >= 0, "salaryMinPaise", "must not be negative")
                .require(salaryMaxPaise == null || salaryMaxPaise >= 0, "salaryMaxPaise", "must not be negative")
                .require(salaryMinPaise == null || salaryMaxPaise == null || salaryMinPaise <= salaryMaxPaise,
                        "salaryMinPaise", "must not be above salaryMaxPaise")
                .require(screeningThreshold >= 0 && screeningThreshold <= 100, "screeningThreshold", "must be from 0 to 100")
                .orThrow();
        skills = normalise(skills);
    }

    static List<String> normalise(List<String> skills) {
        var unique = new LinkedHashSet<String>();
        for (String skill : skills) {
            unique.add(skill.trim().toLowerCase(Locale.ROOT));
        }
        return List.copyOf(new ArrayList<>(unique));
    }
}
