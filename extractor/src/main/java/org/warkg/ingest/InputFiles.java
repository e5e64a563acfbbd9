package org.warkg.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Expands the paths a user gives (files and folders, walked recursively) into the
 * list of regular files to read, in a stable order. Every other path (missing, a
 * symbolic link loop or a link to nothing, a named pipe, a device, an unreadable
 * folder) goes to the error sink with the reason, and the walk goes on.
 */
public final class InputFiles {

    private InputFiles() {}

    /**
     * Lists the files under the given paths.
     *
     * @param paths  files or folders
     * @param errors receives each path that cannot be walked and the reason
     */
    public static List<Path> collect(List<Path> paths, BiConsumer<Path, String> errors) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            FileKind kind = FileKind.of(path);
            if (kind == FileKind.DIRECTORY) {
                walk(path, files, errors);
            } else if (kind == FileKind.REGULAR) {
                files.add(path);
            } else {
                errors.accept(path, kind.reason());
            }
        }
        return files;
    }

    private static void walk(Path root, List<Path> files, BiConsumer<Path, String> errors) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        boolean hidden = !dir.equals(root) && dir.getFileName().toString().startsWith(".");
                        return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (file.getFileName().toString().startsWith(".")) {
                            return FileVisitResult.CONTINUE;
                        }
                        // A link that leads nowhere comes here with the link's own attributes.
                        FileKind kind = attrs.isRegularFile() ? FileKind.REGULAR : FileKind.of(file);
                        if (kind == FileKind.REGULAR) {
                            found.add(file);
                        } else {
                            errors.accept(file, kind.reason());
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        String reason = e instanceof FileSystemLoopException ? "symbolic link loop"
                            : "cannot read: " + e.getMessage();
                        errors.accept(file, reason);
                        return FileVisitResult.CONTINUE;
                    }
                });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot walk " + root, e);
        }
        found.sort(null);
        files.addAll(found);
    }
}
