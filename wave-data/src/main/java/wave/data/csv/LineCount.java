package wave.data.csv;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Counts the lines of a file in one fast pass (eight bytes at a time), so that an import can size its columns
 * exactly instead of growing them: the columns then take the rows' memory and no more.
 */
final class LineCount {
    private static final VarHandle LONG_VIEW = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long LOW_SEVEN = 0x7F7F7F7F7F7F7F7FL;
    private static final int BUFFER_BYTES = 1 << 20;

    private LineCount() {
    }

    /** Lines of a regular file (line ends, plus one for a last line without one); 0 for anything else, e.g. a pipe. */
    static int of(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        long lines = 0;
        long last = '\n';
        byte[] bytes = new byte[BUFFER_BYTES];
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            int read;
            while ((read = channel.read(buffer.clear())) >= 0) {
                if (read > 0) {
                    lines += newlines(bytes, read);
                    last = bytes[read - 1];
                }
            }
        }
        return (int) Math.min(Integer.MAX_VALUE - 16, lines + (last == '\n' ? 0 : 1));
    }

    /** Number of {@code '\n'} in {@code b[0..length)}. */
    static long newlines(byte[] b, int length) {
        long count = 0;
        int i = 0;
        for (; i + 8 <= length; i += 8) {
            long x = (long) LONG_VIEW.get(b, i) ^ NEWLINES;
            long zeroBytes = ~((x & LOW_SEVEN) + LOW_SEVEN | x | LOW_SEVEN);
            count += Long.bitCount(zeroBytes);
        }
        for (; i < length; i++) {
            count += b[i] == '\n' ? 1 : 0;
        }
        return count;
    }
}
