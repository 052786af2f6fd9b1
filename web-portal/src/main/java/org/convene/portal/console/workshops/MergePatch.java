package org.convene.portal.console.workshops;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON Merge Patch (RFC 7396) that turns one object into another: only what changed, {@code null} for what was
 * removed; objects are compared member by member (a removed seat override is {@code "<city>": null}), everything
 * else (arrays included) is replaced whole.
 */
public final class MergePatch {

    private MergePatch() {
    }

    public static ObjectNode diff(ObjectNode before, ObjectNode after) {
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = after.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode now = field.getValue();
            JsonNode was = before.get(field.getKey());
            if (now == null || now.isNull()) {
                if (was != null && !was.isNull()) {
                    patch.putNull(field.getKey());
                }
            } else if (was == null || was.isNull() || !was.isObject() || !now.isObject()) {
                if (!now.equals(was)) {
                    patch.set(field.getKey(), now);
                }
            } else {
                ObjectNode inner = diff((ObjectNode) was, (ObjectNode) now);
                if (!inner.isEmpty()) {
                    patch.set(field.getKey(), inner);
                }
            }
        }
        Iterator<String> names = before.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!after.has(name) && !before.get(name).isNull()) {
                patch.putNull(name);
            }
        }
        return patch;
    }
}
