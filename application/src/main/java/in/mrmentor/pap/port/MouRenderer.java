package in.mrmentor.pap.port;

/** Turns the MOU's text into a PDF. */
public interface MouRenderer {

    byte[] render(String title, String text);
}
