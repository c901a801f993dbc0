package in.mrmentor.external.blob;

import in.mrmentor.blobs.Blob;
import in.mrmentor.blobs.BlobKeys;
import in.mrmentor.blobs.port.BlobStore;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.HealthCheck;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Blobs as files under one root directory ({@code MAS_DATA_DIR/blobs} by default), for a single
 * machine with no S3. A key is a relative path below the root; the content type lives beside the
 * blob in a dot-file, a name no key can take ({@link BlobKeys} refuses segments starting with a dot).
 *
 * <p>Writes go to a temporary file in the target's directory, are flushed to disk, then renamed
 * over the target, so a reader or a crash never sees half a blob. Keys are checked twice: by
 * {@link BlobKeys}, then by resolving the path and refusing anything outside the root or passing
 * through a symbolic link, so no key can reach a file the store did not write.
 */
public final class FilesystemBlobStore implements BlobStore {
    private static final String TYPE_SUFFIX = ".content-type";
    private static final String TEMP_SUFFIX = ".tmp";
    private static final int MAX_CONTENT_TYPE_CHARS = 255;

    private final Path root;

    public FilesystemBlobStore(Path root) {
        Objects.requireNonNull(root, "root");
        try {
            Files.createDirectories(root);
            this.root = root.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use " + root + " as the blob directory", e);
        }
    }

    @Override
    public void put(String key, InputStream content, String contentType, long length) {
        Path target = pathOf(key);
        Objects.requireNonNull(content, "content");
        String type = contentTypeOrDefault(contentType);
        try {
            Files.createDirectories(target.getParent());
            // The bytes are spooled completely before anything visible changes, so a failed upload
            // leaves the previous blob and its content type as they were.
            Path spooled = spool(target, content, length);
            try {
                Path typeFile = typeFile(target);
                Path typeSpooled = spool(typeFile, new ByteArrayInputStream(type.getBytes(StandardCharsets.UTF_8)), -1);
                Files.move(typeSpooled, typeFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                Files.move(spooled, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(spooled);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not store blob " + key, e);
        }
    }

    @Override
    public Optional<Blob> get(String key) {
        Path blob = pathOf(key);
        if (!Files.isRegularFile(blob, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            String type = readType(blob);
            // The size comes from the opened file, so it matches the bytes read even if a writer
            // renames a new version over the path meanwhile.
            FileChannel channel = FileChannel.open(blob, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
            return Optional.of(new Blob(Channels.newInputStream(channel), type, channel.size()));
        } catch (NoSuchFileException deletedMeanwhile) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read blob " + key, e);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(pathOf(key), LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    public void delete(String key) {
        Path blob = pathOf(key);
        try {
            Files.deleteIfExists(blob);
            Files.deleteIfExists(typeFile(blob));
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete blob " + key, e);
        }
    }

    /**
     * Temporary files are the hidden {@code .tmp} files {@link #spool} creates; no key can name one,
     * because {@link BlobKeys} refuses segments starting with a dot. A file that vanishes or a
     * directory that cannot be read during the walk is skipped: a writer may rename its file
     * meanwhile, and the next run sees what is left.
     */
    @Override
    public long removeAbandonedWrites(Instant untouchedSince) {
        Objects.requireNonNull(untouchedSince, "untouchedSince");
        long[] removed = {0};
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    String name = file.getFileName().toString();
                    if (attributes.isRegularFile() && name.startsWith(".") && name.endsWith(TEMP_SUFFIX)
                            && attributes.lastModifiedTime().toInstant().isBefore(untouchedSince)
                            && Files.deleteIfExists(file)) {
                        removed[0]++;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("could not sweep abandoned writes under " + root, e);
        }
        return removed[0];
    }

    /** Always empty: the HTTP layer streams the bytes from {@link #get}, nothing serves the directory. */
    @Override
    public Optional<URI> readUrl(String key, Duration validFor) {
        pathOf(key);
        return Optional.empty();
    }

    @Override
    public HealthCheck healthCheck() {
        return new HealthCheck() {
            @Override
            public String name() {
                return "blobStore";
            }

            @Override
            public boolean isUp() {
                return Files.isDirectory(root) && Files.isWritable(root);
            }
        };
    }

    public Path root() {
        return root;
    }

    private Path pathOf(String key) {
        BlobKeys.requireValid(key);
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw Validation.invalid("key", "must stay inside the blob store");
        }
        Path current = root;
        for (Path segment : root.relativize(path)) {
            current = current.resolve(segment);
            if (Files.isSymbolicLink(current)) {
                throw Validation.invalid("key", "must not pass through a symbolic link");
            }
        }
        return path;
    }

    private static Path typeFile(Path blob) {
        return blob.resolveSibling("." + blob.getFileName() + TYPE_SUFFIX);
    }

    private static String readType(Path blob) throws IOException {
        try {
            return Files.readString(typeFile(blob), StandardCharsets.UTF_8).strip();
        } catch (NoSuchFileException e) {
            return DEFAULT_CONTENT_TYPE;
        }
    }

    /** Writes the stream to a new hidden file beside the target and flushes it to disk. */
    private static Path spool(Path target, InputStream content, long length) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", TEMP_SUFFIX);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream out = Channels.newOutputStream(channel);
            long written = content.transferTo(out);
            if (length >= 0 && written != length) {
                throw new IOException("expected " + length + " bytes but the stream had " + written);
            }
            channel.force(true);
            return temp;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    static String contentTypeOrDefault(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return DEFAULT_CONTENT_TYPE;
        }
        if (contentType.length() > MAX_CONTENT_TYPE_CHARS || contentType.chars().anyMatch(Character::isISOControl)) {
            throw Validation.invalid("contentType", "must be a single line of at most " + MAX_CONTENT_TYPE_CHARS + " characters");
        }
        return contentType.strip();
    }
}
