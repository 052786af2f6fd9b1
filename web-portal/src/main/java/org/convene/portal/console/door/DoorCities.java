package org.convene.portal.console.door;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.convene.portal.client.ServiceProblem;
import org.convene.portal.client.ServiceUnavailable;
import org.convene.portal.console.ConsoleDirectoryApi;
import org.convene.portal.console.ConsolePaging;
import org.convene.portal.service.Calls;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The names of the network's cities, by id, for the door's list and its search: read from directory-service's
 * {@code GET /api/v1/cities} and kept a minute (as the sign-up form keeps them); read again sooner when an attendee's
 * city is not among them (a city created a moment ago), at most every few seconds. When the directory does not
 * answer, the door goes on with the names it has (none, at worst): checking people in never waits for it.
 */
@ApplicationScoped
public class DoorCities {

    private static final Logger LOG = Logger.getLogger(DoorCities.class);
    static final long KEEP_NANOS = 60_000_000_000L;
    static final long RETRY_NANOS = 5_000_000_000L;
    /** A network has tens to a few hundred cities; more pages than this are not read. */
    static final int MAX_PAGES = 10;

    /** The names read at {@code readAt} (System.nanoTime), or after a failed read, the ones before it. */
    record Names(Map<UUID, String> byId, long readAt, boolean complete) {
    }

    @Inject
    @RestClient
    ConsoleDirectoryApi api;

    private volatile Names names;

    /** The names of the cities, with every one of {@code wanted} if the directory knows it; {@code complete} false when the directory could not be read. */
    public Names names(Collection<UUID> wanted) {
        Names known = names;
        long now = System.nanoTime();
        if (due(known, wanted, now)) {
            synchronized (this) {
                known = names;
                if (due(known, wanted, now)) {
                    known = read(known, now);
                    names = known;
                }
            }
        }
        return known;
    }

    static boolean due(Names known, Collection<UUID> wanted, long now) {
        if (known == null) {
            return true;
        }
        long age = now - known.readAt();
        if (age > KEEP_NANOS || (!known.complete() && age > RETRY_NANOS)) {
            return true;
        }
        return age > RETRY_NANOS && wanted.stream().filter(Objects::nonNull).anyMatch(id -> !known.byId().containsKey(id));
    }

    private Names read(Names before, long now) {
        try {
            Map<UUID, String> byId = new HashMap<>();
            ConsolePaging.all(Calls.DIRECTORY, MAX_PAGES, cursor -> api.cities(200, cursor))
                    .forEach(city -> byId.put(city.id(), city.name()));
            return new Names(Map.copyOf(byId), now, true);
        } catch (ServiceUnavailable | ServiceProblem e) {
            LOG.warnf("the door goes on without fresh city names: %s", e.getMessage());
            return new Names(before == null ? Map.of() : before.byId(), now, false);
        }
    }
}
