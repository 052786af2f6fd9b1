package org.convene.portal.client;

import java.util.List;

/** One page of a collection, as every service answers it: {@code {"items": [...], "next": cursor or null}}. */
public record Page<T>(List<T> items, String next) {
}
