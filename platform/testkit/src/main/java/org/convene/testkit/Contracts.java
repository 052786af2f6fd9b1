package org.convene.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The event contracts in {@code contracts/events}: {@code <ce_type>.schema.json} and {@code <ce_type>.example.json}.
 * Producers check that what they emit validates; consumers check that they read the examples.
 */
public final class Contracts {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private Contracts() {
    }

    /** Throws an AssertionError listing every violation if the data does not match the type's schema. */
    public static void assertValid(String type, byte[] data) {
        try {
            JsonSchema schema = FACTORY.getSchema(Files.readString(file(type, "schema")));
            JsonNode node = MAPPER.readTree(data);
            Set<ValidationMessage> errors = schema.validate(node);
            if (!errors.isEmpty()) {
                throw new AssertionError(type + " does not match its schema: "
                        + errors.stream().map(ValidationMessage::getMessage).collect(Collectors.joining("; "))
                        + "\n" + node.toPrettyString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example of a type, as published on the topic (the CloudEvent data). */
    public static byte[] example(String type) {
        try {
            byte[] example = Files.readAllBytes(file(type, "example"));
            assertValid(type, example);
            return example;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path directory() {
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("contracts").resolve("events");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("contracts/events not found above " + Paths.get("").toAbsolutePath());
    }

    private static Path file(String type, String kind) {
        Path path = directory().resolve(type + "." + kind + ".json");
        if (!Files.exists(path)) {
            throw new AssertionError("no " + kind + " for event type " + type + " at " + path);
        }
        return path;
    }
}
