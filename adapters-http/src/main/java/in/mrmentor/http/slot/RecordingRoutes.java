package in.mrmentor.http.slot;

import in.mrmentor.http.Access;
import in.mrmentor.http.Input;
import in.mrmentor.http.OneOf;
import in.mrmentor.http.Required;
import in.mrmentor.http.Route;
import in.mrmentor.identity.Role;
import in.mrmentor.shared.ErrorKind;
import in.mrmentor.slot.DeleteRecording;
import in.mrmentor.slot.ReadRecording;
import in.mrmentor.slot.Recording;
import in.mrmentor.slot.RecordingStatus;
import in.mrmentor.slot.SlotErrors;
import in.mrmentor.slot.UploadRecording;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static in.mrmentor.http.slot.SlotCaller.actor;

/** A meeting's recordings: uploaded as a stream, read back (or redirected to a presigned URL), deleted. */
public final class RecordingRoutes implements SlotRouteGroup {

    public record RecordingJson(@Required UUID id, @Required UUID slotId, @Required @OneOf(RecordingStatus.class) String status, long sizeBytes, String contentType) {
        static RecordingJson of(Recording r) {
            return new RecordingJson(r.id(), r.slotId(), r.status().name(), r.sizeBytes(), r.contentType());
        }
    }

    private final UploadRecording upload;
    private final ReadRecording readRecording;
    private final DeleteRecording deleteRecording;
    private final long maxRecordingBytes;

    public RecordingRoutes(UploadRecording upload, ReadRecording readRecording, DeleteRecording deleteRecording,
                           long maxRecordingBytes) {
        this.upload = upload;
        this.readRecording = readRecording;
        this.deleteRecording = deleteRecording;
        this.maxRecordingBytes = maxRecordingBytes;
    }

    @Override
    public List<Route> routes() {
        Access expertOrAdmin = Access.roles(Role.EXPERT, Role.ADMIN);
        return List.of(
                Route.post("/api/slots/{id}/recordings", expertOrAdmin, "Upload a recording (binary body, streamed)", ctx -> {
                    var recording = upload.upload(actor(ctx), Input.uuidPath(ctx, "id"), Input.bodyStream(ctx),
                            recordingType(ctx.contentType()));
                    ctx.status(201).json(RecordingJson.of(recording));
                }).withMaxBodyBytes(maxRecordingBytes).withRawBody("application/octet-stream")
                        .returns(201, RecordingJson.class).error(ErrorKind.NOT_FOUND, "SLOT_NOT_FOUND")
                        .error(ErrorKind.FORBIDDEN, SlotErrors.NOT_PARTICIPANT),
                Route.get("/api/slots/{id}/recordings/{recordingId}", Access.anyUser(),
                        "A recording's bytes (or a 302 redirect to a presigned URL)", this::read)
                        .returnsBytes("application/octet-stream")
                        .alsoRedirects(302, "The recording is in the blob store: a presigned URL in Location").error(ErrorKind.NOT_FOUND, "SLOT_NOT_FOUND")
                        .error(ErrorKind.FORBIDDEN, SlotErrors.NOT_PARTICIPANT)
                        .error(ErrorKind.NOT_FOUND, "RECORDING_NOT_FOUND"),
                Route.delete("/api/slots/{id}/recordings/{recordingId}", expertOrAdmin,
                        "Delete a recording (mentor of the slot or ADMIN): DELETED, bytes removed", ctx -> {
                            deleteRecording.delete(actor(ctx), Input.uuidPath(ctx, "id"),
                                    Input.uuidPath(ctx, "recordingId"));
                            ctx.status(204);
                        }).returnsNoContent().error(ErrorKind.NOT_FOUND, "SLOT_NOT_FOUND")
                        .error(ErrorKind.FORBIDDEN, SlotErrors.NOT_PARTICIPANT)
                        .error(ErrorKind.NOT_FOUND, "RECORDING_NOT_FOUND")
                        .error(ErrorKind.CONFLICT, SlotErrors.INVALID_TRANSITION));
    }

    /**
     * A recording is audio or video (or untyped bytes): the type is stored and sent back when the
     * recording is read, so an upload declared as HTML or JSON would be served as such.
     */
    private static String recordingType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (type.startsWith("video/") || type.startsWith("audio/") || type.equals("application/octet-stream")) {
            return contentType;
        }
        throw new HttpResponseException(415, "A recording is audio/*, video/* or application/octet-stream.");
    }

    private void read(Context ctx) {
        var content = readRecording.read(actor(ctx), Input.uuidPath(ctx, "id"), Input.uuidPath(ctx, "recordingId"));
        if (content instanceof ReadRecording.Redirect redirect) {
            ctx.redirect(redirect.url().toString(), HttpStatus.FOUND);
        } else if (content instanceof ReadRecording.Bytes bytes) {
            ctx.contentType(bytes.stored().contentType());
            ctx.header("Content-Length", Long.toString(bytes.stored().size()));
            ctx.result(bytes.stored().content());
        } else {
            throw new IllegalStateException("a recording content this route cannot send: " + content);
        }
    }
}
