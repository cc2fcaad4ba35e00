package dev.lambdalint.linter.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns a file's bytes into text: UTF-8 (with or without BOM) or UTF-16 with a BOM, nothing else. */
final class TextDecoder {
    private TextDecoder() {}

    static String decode(byte[] bytes) throws LoadException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return utf8(bytes, 3);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        int probe = Math.min(bytes.length, 8192);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) {
                throw new LoadException(looksLikeUtf16(bytes, probe)
                        ? "UTF-16 without a byte order mark (every other byte is NUL): save the file as UTF-8"
                        : "binary file (it contains NUL bytes), not a template");
            }
        }
        return utf8(bytes, 0);
    }

    private static String utf8(byte[] bytes, int offset) throws LoadException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, (long) bytes.length + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            throw new LoadException(
                    String.format("invalid UTF-8 at byte %d: save the file as UTF-8", bad), positionOf(bytes, offset, bad));
        }
        try {
            decoder.flush(out);
        } catch (RuntimeException e) {
            throw new LoadException("invalid UTF-8 at end of file: save the file as UTF-8");
        }
        out.flip();
        return out.toString();
    }

    private static Position positionOf(byte[] bytes, int from, int offset) {
        int line = 1;
        int lineStart = from;
        for (int i = from; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, offset - lineStart + 1);
    }

    /** ASCII text in UTF-16: a NUL in every even (big endian) or every odd (little endian) place. */
    private static boolean looksLikeUtf16(byte[] bytes, int probe) {
        if (probe < 4) {
            return false;
        }
        boolean even = true;
        boolean odd = true;
        for (int i = 0; i + 1 < probe; i += 2) {
            even &= bytes[i] == 0 && bytes[i + 1] != 0;
            odd &= bytes[i + 1] == 0 && bytes[i] != 0;
        }
        return even || odd;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
