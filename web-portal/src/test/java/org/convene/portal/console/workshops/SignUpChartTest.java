package org.convene.portal.console.workshops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class SignUpChartTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @Test
    void signUpsWithinTwoDaysAreCountedPerHourInTheWorkshopsZoneUpToNow() {
        // 10:05 and 10:40 Kolkata time (04:35 and 05:10 UTC), one at 12:59; now 13:20
        List<Instant> times = List.of(Instant.parse("2026-12-04T04:35:00Z"), Instant.parse("2026-12-04T05:10:00Z"),
                Instant.parse("2026-12-04T07:29:00Z"));
        SignUpChart chart = SignUpChart.of(times, KOLKATA, Instant.parse("2026-12-04T07:50:00Z"), Locale.UK);

        assertEquals(SignUpChart.Unit.HOUR, chart.unit());
        assertEquals(List.of(new SignUpChart.Step("4 Dec, 09:00", 0, 0), new SignUpChart.Step("4 Dec, 10:00", 2, 2),
                new SignUpChart.Step("4 Dec, 11:00", 0, 2),
                new SignUpChart.Step("4 Dec, 12:00", 1, 3), new SignUpChart.Step("4 Dec, 13:00", 0, 3)), chart.steps());
        assertEquals(3, chart.total());
        assertEquals("4 Dec, 10:00", chart.firstLabel(), "the step of the first sign-up");
        assertEquals("4 Dec, 13:00", chart.lastLabel());
    }

    @Test
    void longerSpansArePerDayAndBeyondThreeMonthsPerWeek() {
        List<Instant> times = List.of(Instant.parse("2026-11-01T10:00:00Z"), Instant.parse("2026-11-01T23:00:00Z"),
                Instant.parse("2026-11-03T08:00:00Z"));
        SignUpChart daily = SignUpChart.of(times, KOLKATA, Instant.parse("2026-11-04T08:00:00Z"), Locale.UK);
        assertEquals(SignUpChart.Unit.DAY, daily.unit());
        // 23:00 UTC on the 1st is the 2nd in Kolkata
        assertEquals(List.of(new SignUpChart.Step("31 Oct 2026", 0, 0), new SignUpChart.Step("1 Nov 2026", 1, 1),
                new SignUpChart.Step("2 Nov 2026", 1, 2),
                new SignUpChart.Step("3 Nov 2026", 1, 3), new SignUpChart.Step("4 Nov 2026", 0, 3)), daily.steps());

        SignUpChart weekly = SignUpChart.of(times, KOLKATA, Instant.parse("2027-03-01T00:00:00Z"), Locale.UK);
        assertEquals(SignUpChart.Unit.WEEK, weekly.unit());
        assertEquals(new SignUpChart.Step("25 Oct 2026", 0, 0), weekly.steps().get(0));
        assertEquals(new SignUpChart.Step("1 Nov 2026", 3, 3), weekly.steps().get(1));
        assertEquals(3, weekly.total());
        assertTrue(weekly.steps().size() <= 19);
    }

    @Test
    void theSvgIsAnImageLabelledByItsTitleAndDescriptionWithAPointPerStep() {
        SignUpChart chart = SignUpChart.of(List.of(Instant.parse("2026-12-04T04:35:00Z"),
                Instant.parse("2026-12-04T05:35:00Z")), KOLKATA, Instant.parse("2026-12-04T05:40:00Z"), Locale.UK);
        String svg = chart.svg("Sign-ups <over> time", "2 sign-ups & counting");

        assertTrue(svg.startsWith("<svg class=\"cwk-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 260\""
                + " role=\"img\" aria-labelledby=\"signups-title signups-desc\">"), svg);
        assertTrue(svg.contains("<title id=\"signups-title\">Sign-ups &lt;over&gt; time</title>"));
        assertTrue(svg.contains("<desc id=\"signups-desc\">2 sign-ups &amp; counting</desc>"));
        assertEquals(3, count(svg, "<circle "), "the step before the first sign-up, and one a sign-up");
        assertTrue(svg.contains("<title>4 Dec, 09:00: 0</title>"));
        assertTrue(svg.contains("<title>4 Dec, 10:00: 1</title>"));
        assertTrue(svg.contains("<title>4 Dec, 11:00: 2</title>"));
        // the y axis goes to 2: from the bottom, through half height, to the top
        assertTrue(svg.contains("<polyline points=\"48.0,216.0 334.0,116.0 620.0,16.0\""), svg);
        assertFalse(svg.contains("style="), "no inline style: the console's CSP forbids it");
    }

    @Test
    void noSignUpsMakeAnEmptyChartWithItsAxes() {
        SignUpChart chart = SignUpChart.of(List.of(), KOLKATA, Instant.now(), Locale.UK);
        assertTrue(chart.empty());
        assertEquals(0, chart.total());
        String svg = chart.svg("t", "d");
        assertFalse(svg.contains("<polyline"));
        assertTrue(svg.contains("<line "));
    }

    @Test
    void theAxisEndsAtOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(1, SignUpChart.axisMax(0));
        assertEquals(1, SignUpChart.axisMax(1));
        assertEquals(2, SignUpChart.axisMax(2));
        assertEquals(5, SignUpChart.axisMax(3));
        assertEquals(10, SignUpChart.axisMax(7));
        assertEquals(50, SignUpChart.axisMax(21));
        assertEquals(200, SignUpChart.axisMax(101));
    }

    @Test
    void theXAxisLabelsAboutSixStepsTheFirstAndTheLastAlways() {
        List<Instant> times = List.of(Instant.parse("2026-11-01T10:00:00Z"));
        SignUpChart days = SignUpChart.of(times, KOLKATA, Instant.parse("2026-11-30T10:00:00Z"), Locale.UK);
        assertEquals(31, days.steps().size());
        List<Integer> shown = days.labelled();
        assertEquals(0, shown.get(0));
        assertEquals(30, shown.get(shown.size() - 1));
        assertTrue(shown.size() <= 7, shown.toString());

        SignUpChart one = SignUpChart.of(times, KOLKATA, Instant.parse("2026-11-01T10:10:00Z"), Locale.UK);
        assertEquals(List.of(0, 1), one.labelled());
    }

    @Test
    void bengaliLabelsUseBengaliMonthNames() {
        SignUpChart chart = SignUpChart.of(List.of(Instant.parse("2026-11-01T10:00:00Z")), KOLKATA,
                Instant.parse("2026-11-05T10:00:00Z"), Locale.forLanguageTag("bn"));
        assertTrue(chart.firstLabel().contains("নভে"), chart.firstLabel());
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
