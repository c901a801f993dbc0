package in.mrmentor.hiring.port;

/** The text of a resume file. */
public interface ResumeText {

    /**
     * @throws IllegalArgumentException when the file cannot be read as its type (a broken PDF);
     *                                  a screening then fails with that message
     */
    String extract(byte[] content, String contentType);
}
