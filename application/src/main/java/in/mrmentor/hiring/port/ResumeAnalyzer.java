package in.mrmentor.hiring.port;

import in.mrmentor.hiring.JobPostDetails;
import in.mrmentor.hiring.ResumeAnalysis;
import java.util.Optional;

/**
 * Reads skills, experience and a summary out of a resume's text, for a post. Two adapters: an
 * OpenAI-compatible chat client and a deterministic local analyzer used without an LLM key.
 */
public interface ResumeAnalyzer {

    /** What a call cost, when it was a paid call. */
    record Usage(String provider, String model, long promptTokens, long completionTokens, long costMicroUsd) {
    }

    record Result(ResumeAnalysis analysis, Optional<Usage> usage) {
    }

    /**
     * @throws AnalysisFailedException when the analyzer gave no usable answer (timed out, rate limited,
     *                                 malformed); the screening job is then retried
     */
    Result analyze(String resumeText, JobPostDetails job);

    /** The analyzer's answer could not be used. */
    final class AnalysisFailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public AnalysisFailedException(String message) {
            super(message);
        }

        public AnalysisFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
