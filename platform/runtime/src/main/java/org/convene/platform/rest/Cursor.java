package org.convene.platform.rest;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.UUID;

import org.convene.platform.problem.ProblemException;

/** Opaque keyset cursor: the base64url form of the last id of a page (ids are time-ordered UUIDv7). */
public final class Cursor {

    private Cursor() {
    }

    public static String encode(UUID after) {
        ByteBuffer bytes = ByteBuffer.allocate(16);
        bytes.putLong(after.getMostSignificantBits()).putLong(after.getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    public static UUID decode(String cursor) {
        try {
            byte[] raw = Base64.getUrlDecoder().decode(cursor);
            if (raw.length != 16) {
                throw new IllegalArgumentException();
            }
            ByteBuffer bytes = ByteBuffer.wrap(raw);
            return new UUID(bytes.getLong(), bytes.getLong());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("cursor", "is not a cursor returned by this API");
        }
    }
}
