package wave.domain.order;

/**
 * Identifies an order within one trading session, assigned by the kernel in submission order.
 *
 * @param sequence positive sequence number
 */
public record ClientOrderId(long sequence) implements Comparable<ClientOrderId> {
    /** Requires a positive sequence. */
    public ClientOrderId {
        if (sequence <= 0) {
            throw new IllegalArgumentException("order sequence must be > 0, got " + sequence);
        }
    }

    /** Parses the text form {@code O-<sequence>}. */
    public static ClientOrderId parse(String text) {
        if (!text.startsWith("O-")) {
            throw new IllegalArgumentException("client order id must look like O-123, got '" + text + "'");
        }
        return new ClientOrderId(Long.parseLong(text.substring(2)));
    }

    @Override
    public int compareTo(ClientOrderId other) {
        return Long.compare(sequence, other.sequence);
    }

    @Override
    public String toString() {
        return "O-" + sequence;
    }
}
