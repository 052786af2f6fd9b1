package org.convene.bench;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.convene.bench.tools.Bench;

import io.gatling.javaapi.core.Session;

/**
 * The sign-up rush on a workshop that keeps seats per city and asks five questions (issue 13): the same steps as
 * {@link SignUpRush} (RUSH_RATES, RUSH_STEP_SECONDS, RUSH_CAPACITY), each sign-up from one of ALLOCATED_CITIES (15)
 * cities in turn with five typed answers, ALLOCATED_SEATS_PER_CITY (60) seats per city, so that the group limits bind
 * before the capacity does. Writes allocated-rush.json: the steps, the workshop's overbooking check and the one per
 * group.
 */
public class AllocatedRush extends SignUpRush {

    static final int CITIES = Bench.envInt("ALLOCATED_CITIES", 15);
    static final int SEATS_PER_CITY = Bench.envInt("ALLOCATED_SEATS_PER_CITY", 60);
    static final List<Map<String, Object>> QUESTIONS = List.of(
            Map.of("key", "diet", "label", Map.of("en", "Diet", "bn", "খাদ্য"), "type", "CHOICE", "required", true,
                    "options", List.of(Map.of("key", "vegetarian", "label", "Vegetarian"),
                            Map.of("key", "halal", "label", "Halal"), Map.of("key", "none", "label", "None"))),
            Map.of("key", "arrival", "label", "Arrival", "type", "DATE", "required", true),
            Map.of("key", "visa-letter", "label", "Visa letter needed", "type", "BOOLEAN"),
            Map.of("key", "sessions", "label", "Sessions", "type", "MULTI_CHOICE",
                    "options", List.of(Map.of("key", "heat", "label", "Heat"), Map.of("key", "flood", "label", "Flood"))),
            Map.of("key", "role", "label", "Your role", "type", "TEXT"));
    static volatile List<UUID> cities = List.of();

    @Override
    protected String body() {
        return "{\"fullName\":\"#{name}\",\"email\":\"#{email}\",\"cityId\":\"#{city}\",\"listed\":true,"
                + "\"answers\":{\"diet\":\"halal\",\"arrival\":\"2026-12-02\",\"visa-letter\":true,"
                + "\"sessions\":[\"heat\",\"flood\"],\"role\":\"ward engineer\"}}";
    }

    @Override
    protected Session attendee(Session session, long n) {
        return super.attendee(session, n).set("city", cities.get((int) (n % cities.size())).toString());
    }

    @Override
    protected UUID createWorkshop() {
        cities = Bench.cities("Allocation city", CITIES);
        System.out.println("AllocatedRush: capacity " + CAPACITY + ", " + CITIES + " cities x " + SEATS_PER_CITY
                + " seats, " + QUESTIONS.size() + " questions, steps " + java.util.Arrays.toString(RATES) + "/s x "
                + STEP_SECONDS + " s");
        return Bench.createWorkshop("Rush by city " + RUN, CAPACITY, true, Map.of("questions", QUESTIONS,
                "seatAllocation", Map.of("by", "CITY", "seatsPerGroup", SEATS_PER_CITY)));
    }

    @Override
    protected String resultFile() {
        return "allocated-rush.json";
    }

    @Override
    protected void addResults(Map<String, Object> result) {
        result.put("questions", QUESTIONS.size());
        try {
            Map<String, Object> groups = new java.util.LinkedHashMap<>(Bench.groupOverbookingCheck(workshop));
            groups.put("seatsPerGroup", SEATS_PER_CITY);
            result.put("groups", groups);
        } catch (Exception e) {
            result.put("groups", Map.of("error", e.toString()));
        }
    }
}
