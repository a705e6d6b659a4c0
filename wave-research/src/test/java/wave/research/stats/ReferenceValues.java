package wave.research.stats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The values {@code reference.py} wrote to {@code reference.txt}: lines {@code name: value value ...}. */
final class ReferenceValues {
    private final Map<String, double[]> values = new HashMap<>();

    private ReferenceValues(String text) {
        text.lines().forEach(line -> {
            int colon = line.indexOf(':');
            String[] fields = line.substring(colon + 1).strip().split(" ");
            double[] numbers = new double[fields.length];
            for (int i = 0; i < fields.length; i++) {
                numbers[i] = Double.parseDouble(fields[i]);
            }
            values.put(line.substring(0, colon), numbers);
        });
    }

    static ReferenceValues load() {
        try (InputStream in = ReferenceValues.class.getResourceAsStream("reference.txt")) {
            if (in == null) {
                throw new IllegalStateException("reference.txt is missing beside " + ReferenceValues.class.getName());
            }
            return new ReferenceValues(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    double[] get(String name) {
        double[] v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("reference.txt has no line '" + name + "'");
        }
        return v;
    }
}
