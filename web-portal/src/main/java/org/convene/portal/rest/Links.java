package org.convene.portal.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Supplier;

import org.convene.portal.client.ServiceProblem;

/** The portal's own links, and the checks of the ids and tokens that come in them. */
final class Links {

    private Links() {
    }

    static String registration(UUID id, String token) {
        return "/registrations/" + id + "?token=" + encode(token);
    }

    static String cancel(UUID id, String token) {
        return "/registrations/" + id + "/cancel?token=" + encode(token);
    }

    static String invitation(UUID id, String token) {
        return "/invitations/" + id + "?token=" + encode(token);
    }

    static String change(UUID id, String token) {
        return "/registrations/" + id + "/change?token=" + encode(token);
    }

    static String transfer(UUID id, String token) {
        return "/registrations/" + id + "/transfer?token=" + encode(token);
    }

    static String calendar(UUID workshopId) {
        return "/workshops/" + workshopId + "/calendar.ics";
    }

    static String preferences(String token) {
        return "/preferences?token=" + encode(token);
    }

    static String unsubscribe(String token) {
        return "/unsubscribe?token=" + encode(token);
    }

    /** The id in a link; anything else is a bad link. */
    static UUID id(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadLink("not an id");
        }
    }

    /** The token in a link; a missing one is a bad link. */
    static String token(String value) {
        if (value == null || value.isBlank() || value.length() > 1000) {
            throw new BadLink("no token");
        }
        return value;
    }

    /** A call authorised by a link's token: the service refusing it (401, 403, 404) means the link is bad. */
    static <T> T withToken(Supplier<T> call) {
        try {
            return call.get();
        } catch (ServiceProblem e) {
            if (e.status() == 401 || e.status() == 403 || e.status() == 404) {
                throw new BadLink("refused with " + e.status());
            }
            throw e;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
