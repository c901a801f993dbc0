package in.mrmentor.hiring;

import java.util.List;
import java.util.Objects;

/** A screening verdict (seed 003: ScreeningResult): score 0-100 against the post's threshold, with its reasons. */
public record ScreeningResult(int score, int threshold, Verdict verdict, List<String> reasons) {
    public ScreeningResult {
        Objects.requireNonNull(verdict, "verdict");
        reasons = List.copyOf(reasons);
        if (score < 0 || score > 100 || threshold < 0 || threshold > 100) {
            throw new IllegalArgumentException("score and threshold are from 0 to 100");
        }
    }
}
