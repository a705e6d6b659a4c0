package wave.store;

/**
 * The encoding of the store's chunked columns (the equity curve in {@code run_equity}, bars in {@code bar_chunk}):
 * each value as the difference from the previous
 * one (the first from 0), zigzag-mapped to an unsigned number ({@code (d << 1) ^ (d >> 63)}) and written as a
 * little-endian base-128 varint (7 bits per byte, high bit set on every byte but the last), as Protocol Buffers'
 * {@code sint64}. Differences wrap around on overflow, so every {@code long} round-trips exactly. A step of one
 * minute in nanoseconds takes 6 bytes, an equity change of 100.00 (fixed point) 6 bytes.
 */
public final class DeltaVarint {
    private static final int MAX_VARINT_BYTES = 10;

    private DeltaVarint() {
    }

    /** Encodes {@code values[from, to)}. */
    public static byte[] encode(long[] values, int from, int to) {
        byte[] out = new byte[(to - from) * MAX_VARINT_BYTES];
        int p = 0;
        long previous = 0;
        for (int i = from; i < to; i++) {
            long delta = values[i] - previous;
            previous = values[i];
            long zigzag = (delta << 1) ^ (delta >> 63);
            while ((zigzag & ~0x7FL) != 0) {
                out[p++] = (byte) ((zigzag & 0x7F) | 0x80);
                zigzag >>>= 7;
            }
            out[p++] = (byte) zigzag;
        }
        return java.util.Arrays.copyOf(out, p);
    }

    /**
     * Decodes {@code count} values into {@code into[offset, offset + count)}.
     *
     * @throws IllegalArgumentException when the bytes hold fewer or more than {@code count} values
     */
    public static void decode(byte[] bytes, long[] into, int offset, int count) {
        int p = 0;
        long previous = 0;
        for (int i = 0; i < count; i++) {
            long zigzag = 0;
            int shift = 0;
            byte b;
            do {
                if (p == bytes.length || shift > 63) {
                    throw new IllegalArgumentException("column holds fewer than the " + count + " values its row declares");
                }
                b = bytes[p++];
                zigzag |= (long) (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            long delta = (zigzag >>> 1) ^ -(zigzag & 1);
            previous += delta;
            into[offset + i] = previous;
        }
        if (p != bytes.length) {
            throw new IllegalArgumentException("column holds more than the " + count + " values its row declares");
        }
    }
}
