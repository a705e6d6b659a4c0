package wave.app.report.html;

import java.util.List;
import java.util.Locale;

/**
 * A small server-side SVG chart builder: line charts over time and bar charts, each a self-contained {@code <svg>}
 * element with a frame, the value range as axis labels, and nothing that needs a script. Long series are thinned to
 * at most {@link #MAX_POINTS} points per line.
 */
final class Svg {
    static final int WIDTH = 960;
    static final int HEIGHT = 260;
    static final int MAX_POINTS = 1200;
    private static final int LEFT = 80;
    private static final int RIGHT = 16;
    private static final int TOP = 12;
    private static final int BOTTOM = 28;

    /** One line: its values (NaN leaves a gap), colour and legend name. */
    record Line(String name, double[] values, String color) {
    }

    /** A point marked on a chart (e.g. a trade's entry or exit): its position in data units, colour and tooltip. */
    record Marker(double x, double y, String color, String title) {
    }

    private Svg() {
    }

    /** A line chart: every line shares {@code x} (e.g. times) and one value axis; {@code xStart}/{@code xEnd} label the ends. */
    static String lines(String id, double[] x, List<Line> lines, String xStart, String xEnd, boolean percent) {
        return lines(id, x, lines, List.of(), xStart, xEnd, percent);
    }

    /** A line chart as {@link #lines(String, double[], List, String, String, boolean)}, with {@code markers} drawn as dots over it. */
    static String lines(String id, double[] x, List<Line> lines, List<Marker> markers, String xStart, String xEnd, boolean percent) {
        double[] range = range(lines);
        double lo = range[0];
        double hi = range[1];
        for (Marker m : markers) {
            lo = Math.min(lo, m.y());
            hi = Math.max(hi, m.y());
        }
        StringBuilder svg = frame(id, lo, hi, xStart, xEnd, percent);
        int step = Math.max(1, x.length / MAX_POINTS);
        for (Line l : lines) {
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < x.length; i += step) {
                if (Double.isFinite(l.values()[i])) {
                    points.append(num(px(x[i], x[0], x[x.length - 1]))).append(',').append(num(py(l.values()[i], lo, hi))).append(' ');
                }
            }
            svg.append("<polyline class=\"series\" stroke=\"").append(l.color()).append("\" points=\"").append(points.toString().strip())
                    .append("\"><title>").append(Html.escape(l.name())).append("</title></polyline>\n");
        }
        for (Marker m : markers) {
            svg.append("<circle class=\"marker\" r=\"3.5\" fill=\"").append(m.color()).append("\" cx=\"").append(num(px(m.x(), x[0], x[x.length - 1])))
                    .append("\" cy=\"").append(num(py(m.y(), lo, hi))).append("\"><title>").append(Html.escape(m.title())).append("</title></circle>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    /** A bar chart of {@code values} (one bar each, from zero), labelled at both ends. */
    static String bars(String id, double[] values, String color, String xStart, String xEnd) {
        double lo = 0;
        double hi = 0;
        for (double v : values) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        StringBuilder svg = frame(id, lo, hi, xStart, xEnd, false);
        double width = (WIDTH - LEFT - RIGHT) / (double) Math.max(1, values.length);
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            double top = py(Math.max(values[i], 0), lo, hi);
            double bottom = py(Math.min(values[i], 0), lo, hi);
            d.append('M').append(num(LEFT + i * width + 0.5)).append(',').append(num(bottom)).append('V').append(num(top))
                    .append('h').append(num(Math.max(1, width - 1))).append('V').append(num(bottom)).append('Z');
        }
        return svg.append("<path class=\"bars\" fill=\"").append(color).append("\" d=\"").append(d).append("\"/>\n</svg>\n").toString();
    }

    /** The smallest and largest finite value of {@code lines}, as {@code {lo, hi}} (infinite when there is none). */
    static double[] range(List<Line> lines) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Line l : lines) {
            for (double v : l.values()) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        return new double[] {lo, hi};
    }

    /** The value-axis label of {@code v}: a percentage or a grouped number; empty when not finite. */
    static String label(double v, boolean percent) {
        if (!Double.isFinite(v)) {
            return "";
        }
        return percent ? String.format(Locale.ROOT, "%.1f%%", v * 100) : String.format(Locale.ROOT, "%,.2f", v);
    }

    private static StringBuilder frame(String id, double lo, double hi, String xStart, String xEnd, boolean percent) {
        StringBuilder svg = new StringBuilder(16 * 1024);
        svg.append("<svg id=\"").append(id).append("\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH)
                .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\">\n");
        svg.append("<rect class=\"plot\" x=\"").append(LEFT).append("\" y=\"").append(TOP).append("\" width=\"").append(WIDTH - LEFT - RIGHT)
                .append("\" height=\"").append(HEIGHT - TOP - BOTTOM).append("\"/>\n");
        if (lo < 0 && hi > 0) {
            svg.append("<line class=\"zero\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
                    .append(num(py(0, lo, hi))).append("\" y2=\"").append(num(py(0, lo, hi))).append("\"/>\n");
        }
        svg.append(text(LEFT - 6, TOP + 10, "end", label(hi, percent)))
                .append(text(LEFT - 6, HEIGHT - BOTTOM, "end", label(lo, percent)))
                .append(text(LEFT, HEIGHT - 8, "start", xStart)).append(text(WIDTH - RIGHT, HEIGHT - 8, "end", xEnd));
        return svg;
    }

    private static String text(double x, double y, String anchor, String s) {
        return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" text-anchor=\"" + anchor + "\">" + Html.escape(s) + "</text>\n";
    }

    private static double px(double x, double x0, double x1) {
        return LEFT + (x1 == x0 ? 0 : (x - x0) / (x1 - x0)) * (WIDTH - LEFT - RIGHT);
    }

    private static double py(double v, double lo, double hi) {
        double span = hi - lo;
        return HEIGHT - BOTTOM - (span == 0 ? 0.5 : (v - lo) / span) * (HEIGHT - TOP - BOTTOM);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
