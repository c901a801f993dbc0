package in.mrmentor.external.hiring;

import in.mrmentor.hiring.JobPostDetails;
import in.mrmentor.hiring.ResumeAnalysis;
import in.mrmentor.hiring.port.ResumeAnalyzer;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deterministic analyzer used without an LLM key. Skills: the post's own and a built-in
 * vocabulary, each with its aliases ({@code postgres} is {@code postgresql}), matched on word
 * boundaries, so {@code java} is not found in {@code javascript}. A post's skill is reported in the
 * post's spelling. Years of experience: the largest "N years" phrase, or the years covered by date
 * ranges such as {@code 2018 - 2023} or {@code Jan 2020 - present}, whichever is more.
 */
public final class LocalResumeAnalyzer implements ResumeAnalyzer {
    public static final String NAME = "local";
    static final Map<String, List<String>> VOCABULARY = vocabulary();
    private static final Pattern YEARS = Pattern.compile("(\\d{1,2})(?:\\.\\d)?\\s*\\+?\\s*(?:years?|yrs?)\\b");
    private static final Pattern RANGE = Pattern.compile(
            "\\b((?:19|20)\\d{2})\\s*(?:-|–|—|to)\\s*((?:19|20)\\d{2}|present|current|now|till date|today)\\b");

    private final Clock clock;

    public LocalResumeAnalyzer(Clock clock) {
        this.clock = clock;
    }

    private static Map<String, List<String>> vocabulary() {
        Map<String, List<String>> v = new LinkedHashMap<>();
        v.put("java", List.of("java", "java se", "java ee", "j2ee"));
        v.put("javascript", List.of("javascript", "js", "ecmascript"));
        v.put("typescript", List.of("typescript", "ts"));
        v.put("python", List.of("python", "python3"));
        v.put("go", List.of("golang", "go lang"));
        v.put("kotlin", List.of("kotlin"));
        v.put("c++", List.of("c++", "cpp"));
        v.put("c#", List.of("c#", "csharp", ".net"));
        v.put("sql", List.of("sql"));
        v.put("postgresql", List.of("postgresql", "postgres", "psql"));
        v.put("mysql", List.of("mysql"));
        v.put("mongodb", List.of("mongodb", "mongo"));
        v.put("redis", List.of("redis"));
        v.put("kafka", List.of("kafka", "apache kafka"));
        v.put("docker", List.of("docker", "containers"));
        v.put("kubernetes", List.of("kubernetes", "k8s"));
        v.put("aws", List.of("aws", "amazon web services"));
        v.put("gcp", List.of("gcp", "google cloud"));
        v.put("azure", List.of("azure"));
        v.put("spring", List.of("spring", "spring boot", "springboot"));
        v.put("react", List.of("react", "reactjs", "react.js"));
        v.put("node.js", List.of("node.js", "nodejs", "node"));
        v.put("excel", List.of("excel", "ms excel", "microsoft excel"));
        v.put("power bi", List.of("power bi", "powerbi"));
        v.put("tableau", List.of("tableau"));
        v.put("machine learning", List.of("machine learning", "ml"));
        v.put("pandas", List.of("pandas"));
        v.put("git", List.of("git", "github", "gitlab"));
        v.put("linux", List.of("linux", "unix"));
        v.put("rest", List.of("rest", "restful", "rest api", "rest apis"));
        v.put("graphql", List.of("graphql"));
        v.put("html", List.of("html", "html5"));
        v.put("css", List.of("css", "css3"));
        v.put("communication", List.of("communication"));
        v.put("sales", List.of("sales"));
        return Map.copyOf(v);
    }

    @Override
    public Result analyze(String resumeText, JobPostDetails job) {
        String text = " " + resumeText.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") + " ";
        Set<String> found = new LinkedHashSet<>();
        Set<String> covered = new LinkedHashSet<>();
        for (String skill : job.skills()) {
            List<String> aliases = aliasesOf(skill);
            covered.addAll(aliases);
            if (aliases.stream().anyMatch(alias -> mentions(text, alias))) {
                found.add(skill);
            }
        }
        VOCABULARY.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            if (entry.getValue().stream().noneMatch(covered::contains)
                    && entry.getValue().stream().anyMatch(alias -> mentions(text, alias))) {
                found.add(entry.getKey());
            }
        });
        int years = Math.min(50, Math.max(yearsFromPhrases(text), yearsFromRanges(text)));
        String summary = summary(resumeText, found.size(), years);
        return new Result(new ResumeAnalysis(new ArrayList<>(found), years, summary, NAME), Optional.empty());
    }

    /** The skill with the aliases of its vocabulary entry (the skill alone when the vocabulary lacks it). */
    static List<String> aliasesOf(String skill) {
        for (var entry : VOCABULARY.entrySet()) {
            if (entry.getKey().equals(skill) || entry.getValue().contains(skill)) {
                List<String> all = new ArrayList<>(entry.getValue());
                all.add(entry.getKey());
                all.add(skill);
                return List.copyOf(new LinkedHashSet<>(all));
            }
        }
        return List.of(skill);
    }

    static boolean mentions(String text, String phrase) {
        Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}+#])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}+#])");
        return pattern.matcher(text).find();
    }

    private static int yearsFromPhrases(String text) {
        int best = 0;
        Matcher m = YEARS.matcher(text);
        while (m.find()) {
            best = Math.max(best, Integer.parseInt(m.group(1)));
        }
        return best;
    }

    private int yearsFromRanges(String text) {
        int thisYear = clock.instant().atZone(ZoneOffset.UTC).getYear();
        boolean[] covered = new boolean[200];
        Matcher m = RANGE.matcher(text);
        while (m.find()) {
            int start = Integer.parseInt(m.group(1));
            int end = Character.isDigit(m.group(2).charAt(0)) ? Integer.parseInt(m.group(2)) : thisYear;
            end = Math.min(end, thisYear);
            for (int year = start; year < end; year++) {
                if (year >= 1900 && year < 2100) {
                    covered[year - 1900] = true;
                }
            }
        }
        int count = 0;
        for (boolean year : covered) {
            if (year) {
                count++;
            }
        }
        return count;
    }

    private static String summary(String resumeText, int skills, int years) {
        String firstLine = resumeText.strip().lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst()
                .orElse("");
        if (firstLine.length() > 120) {
            firstLine = firstLine.substring(0, 120);
        }
        return (firstLine.isEmpty() ? "" : firstLine + ": ") + skills + " skills recognised, " + years
                + " years of experience";
    }
}
