package org.convene.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** contracts/ is consistent: every event type has a schema and an example that validates, and AsyncAPI names them all. */
class ContractsDocumentTest {

    @Test
    void everyExampleValidatesAgainstItsSchema() throws IOException {
        Set<String> types = typesWith("schema");
        assertFalse(types.isEmpty(), "contracts/events holds schemas");
        assertEquals(types, typesWith("example"), "each schema has an example and each example a schema");
        for (String type : types) {
            Contracts.example(type);
        }
    }

    @Test
    void asyncApiNamesEverySchema() throws IOException {
        String asyncApi = Files.readString(Contracts.directory().getParent().resolve("asyncapi.yaml"));
        Set<String> referenced = new TreeSet<>();
        Matcher matcher = Pattern.compile("events/([a-z0-9.-]+)\\.schema\\.json").matcher(asyncApi);
        while (matcher.find()) {
            referenced.add(matcher.group(1));
        }
        assertEquals(typesWith("schema"), referenced);
    }

    @Test
    void aSchemaRefusesDataThatBreaksIt() {
        byte[] wrong = "{\"id\": \"not-a-uuid\", \"name\": \"\", \"countryCode\": \"India\", \"region\": null, \"x\": 1}"
                .getBytes(StandardCharsets.UTF_8);
        AssertionError error = assertThrows(AssertionError.class,
                () -> Contracts.assertValid("convene.city.created.v1", wrong));
        assertTrue(error.getMessage().contains("does not match"), error.getMessage());
    }

    private static Set<String> typesWith(String kind) throws IOException {
        String suffix = "." + kind + ".json";
        try (Stream<Path> files = Files.list(Contracts.directory())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix))
                    .map(n -> n.substring(0, n.length() - suffix.length()))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }
}
