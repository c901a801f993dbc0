package in.mrmentor.http.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import in.mrmentor.http.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Answers the errors Jetty raises before a request reaches Javalin (an unparseable URI, oversized
 * headers, a broken request line) in the same problem+json shape as every other error, instead of
 * Jetty's HTML page.
 */
public final class ProblemErrorHandler extends ErrorHandler {

    public ProblemErrorHandler() {
        setShowStacks(false);
        setShowServlet(false);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        String requestId = UUID.randomUUID().toString();
        fields.put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
        fields.put("X-Request-Id", requestId);
        return ByteBuffer.wrap(body(status, requestId));
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response,
                                              int code, String message) throws IOException {
        String requestId = UUID.randomUUID().toString();
        baseRequest.setHandled(true);
        response.setContentType(Problem.CONTENT_TYPE);
        response.setHeader("X-Request-Id", requestId);
        response.getOutputStream().write(body(code, requestId));
    }

    private static byte[] body(int status, String requestId) {
        try {
            return Json.mapper().writeValueAsBytes(ProblemResponses.fromFramework(status, requestId));
        } catch (JsonProcessingException e) {
            return ("{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
        }
    }
}
