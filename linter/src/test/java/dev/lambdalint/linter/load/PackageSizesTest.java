package dev.lambdalint.linter.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.linter.load.PackageSizes.Contents;
import dev.lambdalint.linter.load.PackageSizes.Measured;
import dev.lambdalint.rules.model.CodeSize;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageSizesTest {
    private static final long FOUR_GIB_LESS_TWO = 0xFFFF_FFFEL;

    @TempDir
    Path dir;

    @Test
    void sumsTheFilesOfAFolderAtEveryDepth() throws IOException {
        Path code = Files.createDirectories(dir.resolve("code/lib/deep"));
        Files.write(dir.resolve("code/handler.py"), new byte[1000]);
        Files.write(dir.resolve("code/lib/util.py"), new byte[250]);
        Files.write(code.resolve("data.bin"), new byte[4096]);
        assertThat(PackageSizes.folder(dir.resolve("code"), name -> false)).contains(new Measured(5346, false));
    }

    @Test
    void leavesOutWhatABuildReplacesAndSaysTheResultIsALowerBound() throws IOException {
        Path code = Files.createDirectories(dir.resolve("fn/node_modules/left-pad"));
        Files.write(code.resolve("index.js"), new byte[9000]);
        Files.createDirectories(dir.resolve("fn/.git"));
        Files.write(dir.resolve("fn/.git/pack"), new byte[9000]);
        Files.write(dir.resolve("fn/app.js"), new byte[100]);
        CodeSize size = new PackageSizes(new DisplayPaths(dir)).measure(dir.resolve("fn"), Contents.BUILD_INPUT).orElseThrow();
        assertThat(size.bytes()).isEqualTo(100);
        assertThat(size.atLeast()).isTrue();
        assertThat(size.measuredAt()).isEqualTo("fn/");
        CodeSize all = new PackageSizes(new DisplayPaths(dir)).measure(dir.resolve("fn"), Contents.ALL).orElseThrow();
        assertThat(all.bytes()).isEqualTo(18100);
        assertThat(all.atLeast()).isFalse();
    }

    @Test
    void followsASymbolicLinkOnlyToAFileInsideTheFolder() throws IOException {
        Path code = Files.createDirectories(dir.resolve("asset"));
        Path outside = Files.createDirectories(dir.resolve("elsewhere"));
        Files.write(outside.resolve("secret.bin"), new byte[7000]);
        Files.write(code.resolve("real.txt"), new byte[10]);
        Files.createSymbolicLink(code.resolve("inside-link.txt"), code.resolve("real.txt"));
        Files.createSymbolicLink(code.resolve("outside-link.bin"), outside.resolve("secret.bin"));
        Files.createSymbolicLink(code.resolve("outside-dir"), outside);
        Files.createSymbolicLink(code.resolve("loop"), code);
        assertThat(PackageSizes.folder(code, name -> false)).contains(new Measured(20, false));
    }

    @Test
    void stopsAtTheDepthBoundAndSaysSo() throws IOException {
        Path deep = dir.resolve("top");
        for (int i = 0; i < PackageSizes.MAX_DEPTH + 2; i++) {
            deep = deep.resolve("d");
        }
        Files.createDirectories(deep);
        Files.write(deep.resolve("far.bin"), new byte[10]);
        Files.write(dir.resolve("top/near.bin"), new byte[5]);
        Measured m = PackageSizes.folder(dir.resolve("top"), name -> false).orElseThrow();
        assertThat(m.bytes()).isEqualTo(5);
        assertThat(m.partial()).isTrue();
    }

    @Test
    void sumsTheDeclaredSizesOfManyZipEntriesWithoutExtracting() throws IOException {
        Path jar = dir.resolve("app.jar");
        int entries = 5000;
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            for (int i = 0; i < entries; i++) {
                zip.putNextEntry(new ZipEntry("com/example/C" + i + ".class"));
                zip.write(new byte[2048]);
                zip.closeEntry();
            }
        }
        assertThat(Files.size(jar)).isLessThan(2048L * entries / 4);
        assertThat(PackageSizes.archive(jar)).contains(new Measured(2048L * entries, false));
        CodeSize size = new PackageSizes(new DisplayPaths(dir)).measure(jar, Contents.ALL).orElseThrow();
        assertThat(size.measuredAt()).isEqualTo("app.jar");
    }

    @Test
    void readsSizesAsTheCentralDirectoryDeclaresThem() throws IOException {
        Path zip = dir.resolve("declared.zip");
        Files.write(zip, craftedZip(3, FOUR_GIB_LESS_TWO, false));
        assertThat(Files.size(zip)).isLessThan(1000);
        assertThat(PackageSizes.archive(zip)).contains(new Measured(3 * FOUR_GIB_LESS_TWO, false));
    }

    @Test
    void saturatesInsteadOfOverflowingWhenAZipDeclaresPetabytes() throws IOException {
        Path zip = dir.resolve("bomb.zip");
        Files.write(zip, craftedZip(4, 1L << 62, true));
        assertThat(PackageSizes.archive(zip)).contains(new Measured(Long.MAX_VALUE, true));
    }

    @Test
    void measuresNothingThatIsNotAZipFolderOrExistingPath() throws IOException {
        Files.writeString(dir.resolve("broken.zip"), "not a zip at all");
        Files.writeString(dir.resolve("handler.py"), "def handler(e, c): pass");
        PackageSizes sizes = new PackageSizes(new DisplayPaths(dir));
        assertThat(sizes.measure(dir.resolve("broken.zip"), Contents.ALL)).isEmpty();
        assertThat(sizes.measure(dir.resolve("handler.py"), Contents.ALL)).isEmpty();
        assertThat(sizes.measure(dir.resolve("missing"), Contents.ALL)).isEmpty();
        assertThat(PackageSizes.folder(dir.resolve("missing"), name -> false)).isEqualTo(Optional.empty());
    }

    /**
     * A zip whose entries hold no data but whose central directory declares {@code size} bytes each,
     * through a ZIP64 extra field when {@code zip64}: what a hostile upload could carry.
     */
    private static byte[] craftedZip(int entries, long size, boolean zip64) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] offsets = new int[entries];
        for (int i = 0; i < entries; i++) {
            byte[] name = ("f" + i).getBytes(StandardCharsets.US_ASCII);
            offsets[i] = out.size();
            ByteBuffer loc = le(30 + name.length);
            loc.putInt(0x04034b50).putShort((short) 45).putShort((short) 0).putShort((short) 8)
                    .putShort((short) 0).putShort((short) 0x21).putInt(0).putInt(0).putInt(0)
                    .putShort((short) name.length).putShort((short) 0).put(name);
            out.write(loc.array());
        }
        int cdStart = out.size();
        for (int i = 0; i < entries; i++) {
            byte[] name = ("f" + i).getBytes(StandardCharsets.US_ASCII);
            int extra = zip64 ? 12 : 0;
            ByteBuffer cen = le(46 + name.length + extra);
            cen.putInt(0x02014b50).putShort((short) 45).putShort((short) 45).putShort((short) 0).putShort((short) 8)
                    .putShort((short) 0).putShort((short) 0x21).putInt(0).putInt(0)
                    .putInt(zip64 ? 0xFFFF_FFFF : (int) size)
                    .putShort((short) name.length).putShort((short) extra).putShort((short) 0)
                    .putShort((short) 0).putShort((short) 0).putInt(0).putInt(offsets[i]).put(name);
            if (zip64) {
                cen.putShort((short) 1).putShort((short) 8).putLong(size);
            }
            out.write(cen.array());
        }
        int cdSize = out.size() - cdStart;
        ByteBuffer end = le(22);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) entries)
                .putShort((short) entries).putInt(cdSize).putInt(cdStart).putShort((short) 0);
        out.write(end.array());
        return out.toByteArray();
    }

    private static ByteBuffer le(int capacity) {
        return ByteBuffer.allocate(capacity).order(ByteOrder.LITTLE_ENDIAN);
    }
}
