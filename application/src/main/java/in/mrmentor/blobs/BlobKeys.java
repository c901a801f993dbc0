package in.mrmentor.blobs;

import in.mrmentor.shared.Validation;

/**
 * The keys every blob store accepts. They are the same for the filesystem and S3 so blobs can move
 * between the two: slash-separated segments, none empty and none starting with a dot (which rules
 * out {@code .} and {@code ..}, and leaves dot-names free for a store's own side files), no
 * backslash, no control character, no leading slash.
 */
public final class BlobKeys {
    public static final int MAX_LENGTH = 512;

    private BlobKeys() {
    }

    /** Returns the key, or throws a {@code VALIDATION_FAILED} refusal on field {@code key}. */
    public static String requireValid(String key) {
        String problem = problemWith(key);
        if (problem != null) {
            throw Validation.invalid("key", problem);
        }
        return key;
    }

    static String problemWith(String key) {
        if (key == null || key.isEmpty()) {
            return "must not be empty";
        }
        if (key.length() > MAX_LENGTH) {
            return "must be at most " + MAX_LENGTH + " characters";
        }
        if (key.startsWith("/")) {
            return "must not start with a slash";
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '\\') {
                return "must not contain a backslash";
            }
            if (Character.isISOControl(c)) {
                return "must not contain control characters";
            }
        }
        for (String segment : key.split("/", -1)) {
            if (segment.isEmpty()) {
                return "must not contain empty segments";
            }
            if (segment.startsWith(".")) {
                return "segments must not start with a dot";
            }
        }
        return null;
    }
}
