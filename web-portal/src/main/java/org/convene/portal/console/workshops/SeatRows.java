package org.convene.portal.console.workshops;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.convene.portal.client.City;
import org.convene.portal.console.ConsoleWorkshop;

/**
 * The dashboard's seats per city: every city that keeps seats of its own and every group someone signed up from,
 * with the seats kept (allocated) and taken (confirmed), and the length of its bar.
 */
public final class SeatRows {

    /** The bar's full length, in the SVG's units (pixels). */
    public static final int BAR = 160;

    public record Row(String name, int allocated, int taken, int waitlisted, int bar) {

        public boolean full() {
            return taken >= allocated;
        }
    }

    private SeatRows() {
    }

    public static List<Row> of(ConsoleWorkshop workshop, Seats seats, List<City> cities) {
        ConsoleWorkshop.Allocation allocation = workshop.seatAllocation();
        if (allocation == null) {
            return List.of();
        }
        Map<String, Seats.Group> groups = new LinkedHashMap<>();
        if (seats != null) {
            seats.groups().forEach(g -> groups.put(g.key(), g));
        }
        TreeSet<String> keys = new TreeSet<>(allocation.overrides().keySet());
        keys.addAll(groups.keySet());
        Map<String, String> names = new LinkedHashMap<>();
        cities.forEach(c -> names.put(c.key(), c.name()));
        List<Row> rows = new ArrayList<>();
        for (String key : keys) {
            Seats.Group group = groups.get(key);
            int allocated = group != null ? group.limit() : allocation.limitOf(key);
            int taken = group != null ? group.confirmed() : 0;
            int waitlisted = group != null ? group.waitlisted() : 0;
            rows.add(new Row(names.getOrDefault(key, key), allocated, taken, waitlisted, bar(taken, allocated)));
        }
        rows.sort(Comparator.comparing(Row::name, String.CASE_INSENSITIVE_ORDER));
        return rows;
    }

    /** The bar of {@code taken} of {@code allocated}: full when all are taken (or more, once the limits lift). */
    static int bar(int taken, int allocated) {
        if (allocated <= 0) {
            return taken > 0 ? BAR : 0;
        }
        return (int) Math.round(BAR * Math.min(1.0, taken / (double) allocated));
    }
}
