package org.warkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskUsageTest {

    @TempDir
    Path dir;

    @Test
    void aSparseFileCountsByWhatItTakesOnDiskNotItsLength() throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(dir.resolve("index.dat").toFile(), "rw")) {
            file.write(new byte[4096]);
            file.setLength(64L << 20);
        }
        Files.writeString(dir.resolve("small.txt"), "a few bytes");

        DiskUsage.Size size = DiskUsage.of(dir);

        assertThat(Files.size(dir.resolve("index.dat"))).isEqualTo(64L << 20);
        assertThat(size.allocated()).isTrue();
        assertThat(size.bytes()).isPositive().isLessThan(8L << 20);
    }
}
