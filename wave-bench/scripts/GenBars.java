import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes a CSV of 1-minute bars for the import benchmark in the README: {@code java GenBars.java FILE BARS}. The bars
 * start at 2001-01-01 00:00 and follow a seeded random walk of one-cent steps from 100.00 (between 10.00 and 190.00).
 */
public class GenBars {
    public static void main(String[] args) throws Exception {
        long bars = Long.parseLong(args[1]);
        byte[][] minutes = new byte[1440][];
        for (int m = 0; m < 1440; m++) {
            minutes[m] = String.format(" %02d:%02d:00,", m / 60, m % 60).getBytes(StandardCharsets.US_ASCII);
        }
        byte[][] cents = new byte[20001][];
        for (int c = 0; c < cents.length; c++) {
            cents[c] = String.format("%d.%02d", c / 100, c % 100).getBytes(StandardCharsets.US_ASCII);
        }
        SplittableRandom random = new SplittableRandom(7);
        int price = 10000;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[0])), 1 << 20)) {
            out.write("timestamp,open,high,low,close,volume\n".getBytes(StandardCharsets.US_ASCII));
            long i = 0;
            for (LocalDate day = LocalDate.of(2001, 1, 1); i < bars; day = day.plusDays(1)) {
                byte[] date = day.toString().getBytes(StandardCharsets.US_ASCII);
                for (int m = 0; m < 1440 && i < bars; m++, i++) {
                    int open = price;
                    price = Math.min(19000, Math.max(1000, price + random.nextInt(-3, 4)));
                    out.write(date);
                    out.write(minutes[m]);
                    out.write(cents[open]);
                    out.write(',');
                    out.write(cents[Math.max(open, price) + 1]);
                    out.write(',');
                    out.write(cents[Math.min(open, price) - 1]);
                    out.write(',');
                    out.write(cents[price]);
                    out.write(',');
                    out.write(Integer.toString(100 + random.nextInt(900)).getBytes(StandardCharsets.US_ASCII));
                    out.write('\n');
                }
            }
        }
    }
}
