package org.accord.portal.ui.milestone;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.accord.milestone.MilestoneRow;

/**
 * Milestones across months as an SVG drawn on the server: one line per milestone, a hollow diamond at the
 * baseline, a circle at the forecast, a filled square at the actual date, a bar from baseline to the date
 * expected now coloured by schedule state, and a line for today. Every text is escaped; it reads without
 * interaction and prints.
 */
final class TimelineSvg {

    private static final int LABEL_WIDTH = 320;
    private static final int MONTH_WIDTH = 64;
    private static final int ROW_HEIGHT = 26;
    private static final int HEADER_HEIGHT = 40;
    private static final int LEGEND_HEIGHT = 34;

    private TimelineSvg() {
    }

    /** Legend texts, in the user's language: baseline, forecast, actual, today. */
    /** The words of the drawing; {@code description} is its text alternative, what a screen reader says of it. */
    record Legend(String baseline, String forecast, String actual, String today, String empty, String description) {
    }

    static String draw(List<MilestoneRow> rows, Function<MilestoneRow, String> label, Locale locale, LocalDate today,
                       Legend legend) {
        if (rows.isEmpty()) {
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"30\" role=\"img\" aria-label=\""
                    + escape(legend.empty()) + "\"><text x=\"0\" y=\"20\">" + escape(legend.empty()) + "</text></svg>";
        }
        YearMonth first = YearMonth.from(dates(rows).min(LocalDate::compareTo).orElse(today));
        YearMonth last = YearMonth.from(dates(rows).max(LocalDate::compareTo).orElse(today));
        int months = (int) ChronoUnit.MONTHS.between(first, last) + 1;
        int width = LABEL_WIDTH + months * MONTH_WIDTH + 10;
        int height = HEADER_HEIGHT + rows.size() * ROW_HEIGHT + LEGEND_HEIGHT;
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"milestone-timeline\" role=\"img\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\" font-family=\"sans-serif\" font-size=\"12\" aria-label=\"").append(escape(legend.description()))
                .append("\"><title>").append(escape(legend.description())).append("</title>");
        for (int month = 0; month < months; month++) {
            YearMonth shown = first.plusMonths(month);
            int x = LABEL_WIDTH + month * MONTH_WIDTH;
            svg.append("<line x1=\"").append(x).append("\" y1=\"").append(HEADER_HEIGHT - 14).append("\" x2=\"")
                    .append(x).append("\" y2=\"").append(HEADER_HEIGHT + rows.size() * ROW_HEIGHT)
                    .append("\" stroke=\"#d0d5dd\"/>");
            svg.append("<text x=\"").append(x + 4).append("\" y=\"").append(HEADER_HEIGHT - 18).append("\">")
                    .append(escape(shown.getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, locale)))
                    .append("</text>");
            if (month == 0 || shown.getMonthValue() == 1) {
                svg.append("<text x=\"").append(x + 4).append("\" y=\"").append(HEADER_HEIGHT - 30)
                        .append("\" font-weight=\"bold\">").append(shown.getYear()).append("</text>");
            }
        }
        for (int index = 0; index < rows.size(); index++) {
            row(svg, rows.get(index), label.apply(rows.get(index)), HEADER_HEIGHT + index * ROW_HEIGHT, first);
        }
        if (!today.isBefore(first.atDay(1)) && !today.isAfter(last.atEndOfMonth())) {
            int x = x(today, first);
            svg.append("<line class=\"today\" x1=\"").append(x).append("\" y1=\"").append(HEADER_HEIGHT - 14)
                    .append("\" x2=\"").append(x).append("\" y2=\"").append(HEADER_HEIGHT + rows.size() * ROW_HEIGHT)
                    .append("\" stroke=\"#1676f3\" stroke-dasharray=\"4 3\"/>");
        }
        legend(svg, legend, HEADER_HEIGHT + rows.size() * ROW_HEIGHT + 20);
        return svg.append("</svg>").toString();
    }

    private static void row(StringBuilder svg, MilestoneRow row, String label, int top, YearMonth first) {
        int middle = top + ROW_HEIGHT / 2;
        svg.append("<g class=\"milestone\" data-state=\"").append(row.state().name()).append("\"><title>")
                .append(escape(label)).append("</title>");
        svg.append("<text x=\"0\" y=\"").append(middle + 4).append("\">").append(escape(shorten(label)))
                .append("</text>");
        LocalDate expected = row.actualDate() != null ? row.actualDate()
                : row.forecastDate() != null ? row.forecastDate() : row.baselineDate();
        int from = x(row.baselineDate().isBefore(expected) ? row.baselineDate() : expected, first);
        int to = x(row.baselineDate().isBefore(expected) ? expected : row.baselineDate(), first);
        svg.append("<rect x=\"").append(from).append("\" y=\"").append(middle - 3).append("\" width=\"")
                .append(Math.max(to - from, 1)).append("\" height=\"6\" fill=\"").append(colour(row)).append("\"/>");
        int baseline = x(row.baselineDate(), first);
        svg.append("<path class=\"baseline\" d=\"M").append(baseline).append(' ').append(middle - 7).append(" l7 7 l-7 7 l-7 -7 z\"")
                .append(" fill=\"white\" stroke=\"#344054\" stroke-width=\"2\"/>");
        if (row.forecastDate() != null) {
            svg.append("<circle class=\"forecast\" cx=\"").append(x(row.forecastDate(), first)).append("\" cy=\"")
                    .append(middle).append("\" r=\"5\" fill=\"white\" stroke=\"").append(colour(row))
                    .append("\" stroke-width=\"2\"/>");
        }
        if (row.actualDate() != null) {
            svg.append("<rect class=\"actual\" x=\"").append(x(row.actualDate(), first) - 5).append("\" y=\"")
                    .append(middle - 5).append("\" width=\"10\" height=\"10\" fill=\"#344054\"/>");
        }
        svg.append("</g>");
    }

    private static void legend(StringBuilder svg, Legend legend, int y) {
        svg.append("<g class=\"legend\">");
        svg.append("<path d=\"M8 ").append(y - 11).append(" l6 6 l-6 6 l-6 -6 z\" fill=\"white\" stroke=\"#344054\" stroke-width=\"2\"/>");
        svg.append("<text x=\"20\" y=\"").append(y).append("\">").append(escape(legend.baseline())).append("</text>");
        svg.append("<circle cx=\"128\" cy=\"").append(y - 5).append("\" r=\"5\" fill=\"white\" stroke=\"#344054\" stroke-width=\"2\"/>");
        svg.append("<text x=\"140\" y=\"").append(y).append("\">").append(escape(legend.forecast())).append("</text>");
        svg.append("<rect x=\"243\" y=\"").append(y - 10).append("\" width=\"10\" height=\"10\" fill=\"#344054\"/>");
        svg.append("<text x=\"260\" y=\"").append(y).append("\">").append(escape(legend.actual())).append("</text>");
        svg.append("<line x1=\"370\" y1=\"").append(y - 12).append("\" x2=\"370\" y2=\"").append(y + 2)
                .append("\" stroke=\"#1676f3\" stroke-dasharray=\"4 3\"/>");
        svg.append("<text x=\"378\" y=\"").append(y).append("\">").append(escape(legend.today())).append("</text>");
        svg.append("</g>");
    }

    private static String colour(MilestoneRow row) {
        return switch (row.state()) {
            case ON_TIME -> "#12b76a";
            case LATE -> "#f79009";
            case OVERDUE -> "#d92d20";
        };
    }

    private static int x(LocalDate date, YearMonth first) {
        YearMonth month = YearMonth.from(date);
        int monthIndex = (int) ChronoUnit.MONTHS.between(first, month);
        return LABEL_WIDTH + monthIndex * MONTH_WIDTH + (date.getDayOfMonth() - 1) * MONTH_WIDTH / month.lengthOfMonth();
    }

    private static Stream<LocalDate> dates(List<MilestoneRow> rows) {
        return rows.stream().flatMap(row -> Stream.of(row.baselineDate(), row.forecastDate(), row.actualDate()))
                .filter(Objects::nonNull);
    }

    private static String shorten(String label) {
        return label.length() <= 48 ? label : label.substring(0, 47) + "…";
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        var escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
