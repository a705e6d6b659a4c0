package wave.app.report.html;

import java.awt.Color;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Top-to-bottom layout on landscape A4 pages with PDFBox: headings, notes, tables and line or bar charts drawn as
 * vector paths, a new page whenever the next item does not fit.
 */
final class PdfCanvas implements AutoCloseable {
    static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 36;
    private static final float ROW = 11;
    private static final float CHART_HEIGHT = 150;
    private static final float AXIS = 60;
    private final PDDocument doc;
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream out;
    private float y;

    PdfCanvas(PDDocument doc) throws IOException {
        this.doc = doc;
        newPage();
    }

    /** Starts a new page. */
    void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        y = PAGE.getHeight() - MARGIN;
    }

    /** A section title, on a new page when fewer than {@code keep} points remain below it. */
    void heading(String text, float size, float keep) throws IOException {
        need(size + 8 + keep);
        y -= size + 6;
        text(bold, size, MARGIN, y, text);
        y -= 6;
    }

    /** A line of small text. */
    void note(String text) throws IOException {
        need(ROW);
        y -= ROW;
        text(regular, 8, MARGIN, y, text);
    }

    /** A table: a bold header row and rows of cells in columns of {@code widths} points; pages break between rows. */
    void table(String[] header, List<String[]> rows, float[] widths) throws IOException {
        row(header, widths, bold);
        for (String[] r : rows) {
            if (y - ROW < MARGIN) {
                newPage();
                row(header, widths, bold);
            }
            row(r, widths, regular);
        }
        y -= 4;
    }

    /** A line chart of {@code lines} over {@code x}, labelled with the value range and the two end labels. */
    void lines(double[] x, List<Svg.Line> lines, String start, String end, boolean percent) throws IOException {
        double[] range = Svg.range(lines);
        float left = frame(range[0], range[1], start, end, percent);
        float width = PAGE.getWidth() - MARGIN - left;
        for (Svg.Line l : lines) {
            out.setStrokingColor(Color.decode(l.color()));
            out.setLineWidth(0.8f);
            boolean drawing = false;
            for (int i = 0; i < x.length; i++) {
                double v = l.values()[i];
                if (!Double.isFinite(v)) {
                    drawing = false;
                    continue;
                }
                float px = left + (float) (x[x.length - 1] == x[0] ? 0 : (x[i] - x[0]) / (x[x.length - 1] - x[0])) * width;
                float py = py(v, range[0], range[1]);
                if (drawing) {
                    out.lineTo(px, py);
                } else {
                    out.moveTo(px, py);
                    drawing = true;
                }
            }
            out.stroke();
        }
        y -= CHART_HEIGHT + 16;
    }

    /** A bar chart of {@code values} from zero, labelled at both ends. */
    void bars(double[] values, String color, String start, String end) throws IOException {
        double lo = Math.min(0, Arrays.stream(values).min().orElse(0));
        double hi = Math.max(0, Arrays.stream(values).max().orElse(0));
        float left = frame(lo, hi, start, end, false);
        float width = (PAGE.getWidth() - MARGIN - left) / Math.max(1, values.length);
        out.setNonStrokingColor(Color.decode(color));
        for (int i = 0; i < values.length; i++) {
            float top = py(Math.max(values[i], 0), lo, hi);
            float bottom = py(Math.min(values[i], 0), lo, hi);
            out.addRect(left + i * width + 0.5f, bottom, Math.max(0.5f, width - 1), top - bottom);
        }
        out.fill();
        y -= CHART_HEIGHT + 16;
    }

    private float frame(double lo, double hi, String start, String end, boolean percent) throws IOException {
        need(CHART_HEIGHT + 22);
        y -= 6;
        float left = MARGIN + AXIS;
        float width = PAGE.getWidth() - MARGIN - left;
        out.setStrokingColor(Color.LIGHT_GRAY);
        out.setLineWidth(0.5f);
        out.addRect(left, y - CHART_HEIGHT, width, CHART_HEIGHT);
        out.stroke();
        if (lo < 0 && hi > 0) {
            out.moveTo(left, py(0, lo, hi));
            out.lineTo(left + width, py(0, lo, hi));
            out.stroke();
        }
        right(MARGIN + AXIS - 4, y - 8, Svg.label(hi, percent));
        right(MARGIN + AXIS - 4, y - CHART_HEIGHT, Svg.label(lo, percent));
        text(regular, 7, left, y - CHART_HEIGHT - 10, start);
        right(left + width, y - CHART_HEIGHT - 10, end);
        return left;
    }

    private float py(double v, double lo, double hi) {
        double span = hi - lo;
        return y - CHART_HEIGHT + (float) (span == 0 ? 0.5 : (v - lo) / span) * CHART_HEIGHT;
    }

    private void row(String[] cells, float[] widths, PDType1Font font) throws IOException {
        need(ROW);
        y -= ROW;
        float x = MARGIN;
        for (int i = 0; i < cells.length && i < widths.length; i++) {
            text(font, 8, x, y, cells[i]);
            x += widths[i];
        }
    }

    private void need(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    private void right(float x, float baseline, String s) throws IOException {
        text(regular, 7, x - regular.getStringWidth(s) / 1000 * 7, baseline, s);
    }

    private void text(PDType1Font font, float size, float x, float baseline, String s) throws IOException {
        out.setNonStrokingColor(Color.DARK_GRAY);
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, baseline);
        out.showText(s == null ? "" : s);
        out.endText();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
