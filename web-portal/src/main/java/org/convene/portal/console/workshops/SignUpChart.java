package org.convene.portal.console.workshops;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The dashboard's chart of sign-ups over time: the registrations' {@code registeredAt}, counted per hour (when they
 * span two days or less), per day, or per week (beyond 92 days), in the workshop's time zone, from the step before
 * the first sign-up (at nothing) to now; and the same as inline SVG (a line of the running total, with its title and description for screen
 * readers; the page shows the numbers in a table too). Only presentation attributes: the console's CSP allows no
 * inline style.
 */
public final class SignUpChart {

    public enum Unit {
        HOUR, DAY, WEEK
    }

    /** One step of the chart: when it starts (in words), the sign-ups in it, the sign-ups up to its end. */
    public record Step(String label, int count, int total) {
    }

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    static final int LEFT = 48;
    static final int RIGHT = 20;
    static final int TOP = 16;
    static final int BOTTOM = 44;
    static final int MAX_HOURS = 48;
    static final int MAX_DAYS = 92;
    static final int X_LABELS = 6;

    private final List<Step> steps;
    private final Unit unit;

    private SignUpChart(List<Step> steps, Unit unit) {
        this.steps = List.copyOf(steps);
        this.unit = unit;
    }

    /** The sign-ups at {@code times}, counted in {@code zone} up to {@code now}, labelled in {@code locale}. */
    public static SignUpChart of(List<Instant> times, ZoneId zone, Instant now, Locale locale) {
        if (times.isEmpty()) {
            return new SignUpChart(List.of(), Unit.DAY);
        }
        Instant first = times.stream().min(Instant::compareTo).orElseThrow();
        Instant last = times.stream().max(Instant::compareTo).orElseThrow();
        Instant end = now.isAfter(last) ? now : last;
        ZonedDateTime from = first.atZone(zone);
        ZonedDateTime to = end.atZone(zone);
        Unit unit;
        if (Duration.between(from.truncatedTo(ChronoUnit.HOURS), to).toHours() < MAX_HOURS) {
            unit = Unit.HOUR;
        } else if (ChronoUnit.DAYS.between(from.toLocalDate(), to.toLocalDate()) < MAX_DAYS) {
            unit = Unit.DAY;
        } else {
            unit = Unit.WEEK;
        }
        TreeMap<ZonedDateTime, Integer> counts = new TreeMap<>();
        ZonedDateTime start = startOf(from, from, unit, zone);
        // the step before the first sign-up: the line rises from nothing, even when all came in one step
        counts.put(previous(start, unit), 0);
        for (ZonedDateTime step = start; !step.isAfter(to); step = next(step, unit)) {
            counts.put(step, 0);
        }
        for (Instant time : times) {
            counts.merge(startOf(time.atZone(zone), from, unit, zone), 1, Integer::sum);
        }
        DateTimeFormatter format = DateTimeFormatter.ofPattern(unit == Unit.HOUR ? "d MMM, HH:mm" : "d MMM yyyy",
                locale);
        List<Step> steps = new ArrayList<>();
        int total = 0;
        for (Map.Entry<ZonedDateTime, Integer> entry : counts.entrySet()) {
            total += entry.getValue();
            steps.add(new Step(format.format(entry.getKey()), entry.getValue(), total));
        }
        return new SignUpChart(steps, unit);
    }

    private static ZonedDateTime startOf(ZonedDateTime time, ZonedDateTime first, Unit unit, ZoneId zone) {
        return switch (unit) {
            case HOUR -> time.truncatedTo(ChronoUnit.HOURS);
            case DAY -> time.toLocalDate().atStartOfDay(zone);
            case WEEK -> {
                LocalDate day = first.toLocalDate();
                long weeks = ChronoUnit.DAYS.between(day, time.toLocalDate()) / 7;
                yield day.plusWeeks(weeks).atStartOfDay(zone);
            }
        };
    }

    private static ZonedDateTime next(ZonedDateTime step, Unit unit) {
        return switch (unit) {
            case HOUR -> step.plusHours(1);
            case DAY -> step.toLocalDate().plusDays(1).atStartOfDay(step.getZone());
            case WEEK -> step.toLocalDate().plusWeeks(1).atStartOfDay(step.getZone());
        };
    }

    private static ZonedDateTime previous(ZonedDateTime step, Unit unit) {
        return switch (unit) {
            case HOUR -> step.minusHours(1);
            case DAY -> step.toLocalDate().minusDays(1).atStartOfDay(step.getZone());
            case WEEK -> step.toLocalDate().minusWeeks(1).atStartOfDay(step.getZone());
        };
    }

    public List<Step> steps() {
        return steps;
    }

    public Unit unit() {
        return unit;
    }

    public boolean empty() {
        return steps.isEmpty();
    }

    public int total() {
        return steps.isEmpty() ? 0 : steps.get(steps.size() - 1).total();
    }

    /** The step of the first sign-up (the chart starts a step earlier, at nothing). */
    public String firstLabel() {
        return steps.stream().filter(step -> step.count() > 0).map(Step::label).findFirst().orElse("");
    }

    public String lastLabel() {
        return steps.isEmpty() ? "" : steps.get(steps.size() - 1).label();
    }

    /** The top of the y axis: 1, 2 or 5 times a power of ten, at least the total. */
    static int axisMax(int total) {
        int scale = 1;
        while (true) {
            for (int m : new int[] {1, 2, 5}) {
                if (m * scale >= total) {
                    return Math.max(1, m * scale);
                }
            }
            scale *= 10;
        }
    }

    double x(int index) {
        double width = WIDTH - LEFT - RIGHT;
        return steps.size() <= 1 ? LEFT + width / 2 : LEFT + index * width / (steps.size() - 1);
    }

    double y(int value) {
        double height = HEIGHT - TOP - BOTTOM;
        return HEIGHT - BOTTOM - value * height / axisMax(total());
    }

    /**
     * The chart as an {@code <svg role="img">} labelled by its title and description (ids {@code signups-title},
     * {@code signups-desc}); each point has a title of its own (a tooltip).
     */
    public String svg(String title, String description) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"cwk-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"signups-title signups-desc\">");
        svg.append("<title id=\"signups-title\">").append(escape(title)).append("</title>");
        svg.append("<desc id=\"signups-desc\">").append(escape(description)).append("</desc>");
        int max = axisMax(total());
        int bottom = HEIGHT - BOTTOM;
        // the y axis: 0, the middle (when a whole number), the top; grid lines across
        List<Integer> ticks = new ArrayList<>(List.of(0));
        if (max % 2 == 0 && max > 1) {
            ticks.add(max / 2);
        }
        ticks.add(max);
        for (int tick : ticks) {
            String y = number(y(tick));
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
                    .append(y).append("\" y2=\"").append(y).append("\" stroke=\"#d5dae0\" stroke-width=\"1\"/>");
            svg.append("<text x=\"").append(LEFT - 8).append("\" y=\"").append(y)
                    .append("\" text-anchor=\"end\" dominant-baseline=\"middle\" font-size=\"12\" fill=\"#1b1f24\">")
                    .append(tick).append("</text>");
        }
        svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(LEFT).append("\" y1=\"").append(TOP)
                .append("\" y2=\"").append(bottom).append("\" stroke=\"#5b6670\" stroke-width=\"1\"/>");
        svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
                .append(bottom).append("\" y2=\"").append(bottom).append("\" stroke=\"#5b6670\" stroke-width=\"1\"/>");
        if (!steps.isEmpty()) {
            // the running total: a filled area under a line, a point per step
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < steps.size(); i++) {
                line.append(i == 0 ? "" : " ").append(number(x(i))).append(',').append(number(y(steps.get(i).total())));
            }
            String area = number(x(0)) + "," + bottom + " " + line + " " + number(x(steps.size() - 1)) + "," + bottom;
            svg.append("<polygon points=\"").append(area).append("\" fill=\"#dbe7f3\" stroke=\"none\"/>");
            svg.append("<polyline points=\"").append(line)
                    .append("\" fill=\"none\" stroke=\"#123b5c\" stroke-width=\"3\" stroke-linejoin=\"round\"/>");
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                svg.append("<circle cx=\"").append(number(x(i))).append("\" cy=\"").append(number(y(step.total())))
                        .append("\" r=\"4\" fill=\"#123b5c\"><title>").append(escape(step.label())).append(": ")
                        .append(step.total()).append("</title></circle>");
            }
            for (int i : labelled()) {
                boolean lastOne = i == steps.size() - 1;
                String anchor = steps.size() == 1 ? "middle" : i == 0 ? "start" : lastOne ? "end" : "middle";
                svg.append("<text x=\"").append(number(x(i))).append("\" y=\"").append(bottom + 20)
                        .append("\" text-anchor=\"").append(anchor).append("\" font-size=\"12\" fill=\"#1b1f24\">")
                        .append(escape(steps.get(i).label())).append("</text>");
            }
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /** The steps whose label the x axis shows: about X_LABELS of them, evenly, the first and the last always. */
    List<Integer> labelled() {
        List<Integer> shown = new ArrayList<>();
        int last = steps.size() - 1;
        int every = Math.max(1, (int) Math.ceil(steps.size() / (double) X_LABELS));
        for (int i = 0; i < last; i += every) {
            if (i == 0 || last - i >= Math.max(1, every / 2)) {
                shown.add(i);
            }
        }
        if (last >= 0) {
            shown.add(last);
        }
        return shown;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
