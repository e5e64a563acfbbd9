package org.warkg.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;

/**
 * What a path is on disk, told before a byte of it is read: opening a named pipe waits
 * for a writer that may never come, and a device such as {@code /dev/zero} never ends.
 * Only regular files are read; every other kind has the reason a user is told.
 */
enum FileKind {

    REGULAR(null),
    DIRECTORY("is a directory"),
    MISSING("no such file or folder"),
    UNREADABLE("permission denied"),
    DANGLING_LINK("symbolic link to a missing file"),
    LINK_LOOP("symbolic link loop"),
    PIPE("not a regular file (a named pipe)"),
    DEVICE("not a regular file (a device)"),
    SOCKET("not a regular file (a socket)"),
    OTHER("not a regular file");

    /** Links followed before a chain counts as a loop, as Linux counts them. */
    private static final int MAX_LINKS = 40;
    private static final int TYPE_BITS = 0170000;
    private static final int FIFO_BITS = 0010000;
    private static final int CHAR_DEVICE_BITS = 0020000;
    private static final int BLOCK_DEVICE_BITS = 0060000;
    private static final int SOCKET_BITS = 0140000;

    private final String reason;

    FileKind(String reason) {
        this.reason = reason;
    }

    /** Why a file of this kind is not read, or null for a regular file. */
    String reason() {
        return reason;
    }

    /** The kind of the file a path leads to, following symbolic links. */
    static FileKind of(Path path) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
            if (attrs.isRegularFile()) {
                return REGULAR;
            }
            return attrs.isDirectory() ? DIRECTORY : special(path);
        } catch (AccessDeniedException e) {
            return UNREADABLE;
        } catch (IOException e) {
            if (!Files.isSymbolicLink(path)) {
                return MISSING;
            }
            return isLoop(path) ? LINK_LOOP : DANGLING_LINK;
        }
    }

    /** A pipe, a device or a socket, told apart by the type bits of the Unix file mode where the JVM shows it. */
    private static FileKind special(Path path) {
        try {
            int type = (Integer) Files.getAttribute(path, "unix:mode") & TYPE_BITS;
            return switch (type) {
                case FIFO_BITS -> PIPE;
                case CHAR_DEVICE_BITS, BLOCK_DEVICE_BITS -> DEVICE;
                case SOCKET_BITS -> SOCKET;
                default -> OTHER;
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return OTHER;
        }
    }

    /** Whether following the link from link to link comes back to one already seen. */
    private static boolean isLoop(Path link) {
        Set<Path> seen = new HashSet<>();
        Path current = link.toAbsolutePath();
        try {
            while (Files.isSymbolicLink(current)) {
                if (!seen.add(current.normalize()) || seen.size() > MAX_LINKS) {
                    return true;
                }
                current = current.resolveSibling(Files.readSymbolicLink(current));
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }
}
