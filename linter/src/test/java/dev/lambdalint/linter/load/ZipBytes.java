package dev.lambdalint.linter.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Zips for tests, made on the spot: a small real one, and crafted ones whose central directory
 * declares what no one would commit (petabytes, a million entries) while holding no data at all. The
 * loader reads only the central directory, so a crafted directory is exactly what it measures.
 */
public final class ZipBytes {
    private ZipBytes() {}

    /** A real zip of {@code entries} stored files of {@code size} bytes each. */
    public static byte[] storedEntries(int entries, int size) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < entries; i++) {
                zip.putNextEntry(new ZipEntry("f" + i + ".txt"));
                zip.write(new byte[size]);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Writes a zip of {@code entries} empty entries that each declare {@code declaredSize} bytes
     * (in a ZIP64 extra field, so up to 2^63-1 each), with ZIP64 end records so that more than 65,535
     * entries are counted right. Streams to disk: a million entries make some 60 MB of directory.
     */
    public static void writeDeclared(Path file, int entries, long declaredSize) throws IOException {
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            long cdSize = 0;
            ByteBuffer b = ByteBuffer.allocate(128).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < entries; i++) {
                byte[] name = Integer.toString(i, 36).getBytes(StandardCharsets.US_ASCII);
                b.clear();
                b.putInt(0x02014B50).putShort((short) 45).putShort((short) 45).putShort((short) 0).putShort((short) 0)
                        .putShort((short) 0).putShort((short) 0x21).putInt(0).putInt(0).putInt(0xFFFFFFFF)
                        .putShort((short) name.length).putShort((short) 12).putShort((short) 0).putShort((short) 0)
                        .putShort((short) 0).putInt(0).putInt(0)
                        .put(name)
                        .putShort((short) 1).putShort((short) 8).putLong(declaredSize);
                out.write(b.array(), 0, b.position());
                cdSize += b.position();
            }
            b.clear();
            // ZIP64 end of central directory record, its locator, then the classic end record.
            b.putInt(0x06064B50).putLong(44).putShort((short) 45).putShort((short) 45).putInt(0).putInt(0)
                    .putLong(entries).putLong(entries).putLong(cdSize).putLong(0)
                    .putInt(0x07064B50).putInt(0).putLong(cdSize).putInt(1)
                    .putInt(0x06054B50).putShort((short) 0).putShort((short) 0).putShort((short) 0xFFFF)
                    .putShort((short) 0xFFFF).putInt(0xFFFFFFFF).putInt(0xFFFFFFFF).putShort((short) 0);
            out.write(b.array(), 0, b.position());
        }
    }
}
