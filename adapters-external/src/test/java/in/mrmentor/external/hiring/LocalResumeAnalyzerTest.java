package in.mrmentor.external.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.mrmentor.hiring.EmploymentType;
import in.mrmentor.hiring.JobPostDetails;
import in.mrmentor.hiring.ResumeFormat;
import in.mrmentor.hiring.ScoringRule;
import in.mrmentor.hiring.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The local analyzer on a table of resumes, each a PDF made here and read back through PDFBox. */
class LocalResumeAnalyzerTest {
    private static final JobPostDetails JOB = new JobPostDetails("Backend engineer", "APIs", "Pune",
            EmploymentType.FULL_TIME, List.of("java", "postgresql", "docker", "kafka"), null, null, 60, null);
    private final LocalResumeAnalyzer analyzer = new LocalResumeAnalyzer(
            Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));
    private final PdfResumeText text = new PdfResumeText();

    static byte[] pdf(String... lines) {
        try (PDDocument document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(40, 720);
                for (String line : lines) {
                    content.showText(line);
                    content.newLineAtOffset(0, -15);
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Arguments> resumes() {
        return Stream.of(
                Arguments.of("all skills, years stated", pdf("Asha Rao", "8 years of experience",
                        "Java, PostgreSQL, Docker, Kafka"), List.of("java", "postgresql", "docker", "kafka"), 8,
                        Verdict.SHORTLIST),
                Arguments.of("aliases count as the post's skill", pdf("Kavya Nair", "Postgres, K8s, Apache Kafka, Java EE"),
                        List.of("java", "postgresql", "kafka", "kubernetes"), 0, Verdict.SHORTLIST),
                Arguments.of("javascript is not java", pdf("Rohit", "JavaScript and TypeScript developer", "3+ years"),
                        List.of("javascript", "typescript"), 3, Verdict.POOL),
                Arguments.of("date ranges give the years", pdf("Dev Patel", "Acme Corp 2016 - 2020: Java, Docker",
                        "Beta Ltd 2020 - present: Kafka, PostgreSQL"), List.of("java", "postgresql", "docker", "kafka"),
                        10, Verdict.SHORTLIST),
                Arguments.of("overlapping ranges count once", pdf("Meera", "2018 to 2022 Java", "2020 - 2023 Docker"),
                        List.of("java", "docker"), 5, Verdict.SHORTLIST),
                Arguments.of("nothing relevant", pdf("Ravi Kumar", "Accountant. Excel and Tally."), List.of("excel"), 0,
                        Verdict.POOL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resumes")
    void readsSkillsAndYears(String name, byte[] resume, List<String> skills, int years, Verdict verdict) {
        assertThat(ResumeFormat.detect(resume)).contains(ResumeFormat.PDF);
        var analysis = analyzer.analyze(text.extract(resume, ResumeFormat.PDF), JOB).analysis();
        assertThat(analysis.skills()).containsExactlyInAnyOrderElementsOf(skills);
        assertThat(analysis.yearsOfExperience()).isEqualTo(years);
        assertThat(analysis.analyzer()).isEqualTo("local");
        assertThat(ScoringRule.score(JOB, analysis).verdict()).isEqualTo(verdict);
    }

    @Test
    void theSameResumeGivesTheSameAnalysis() {
        byte[] resume = pdf("Asha", "Java, Docker", "5 years");
        var once = analyzer.analyze(text.extract(resume, ResumeFormat.PDF), JOB);
        var again = analyzer.analyze(text.extract(resume, ResumeFormat.PDF), JOB);
        assertThat(again).isEqualTo(once);
    }

    @Test
    void aBrokenPdfIsAnError() {
        assertThatThrownBy(() -> text.extract("%PDF-1.7 but nothing else".getBytes(), ResumeFormat.PDF))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
