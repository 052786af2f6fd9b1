package org.convene.portal.console.door;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Every word of DoorMessages has its Bengali in messages/cdo_bn.properties, and Bengali has none English lacks. */
class DoorBengaliTest {

    @Test
    void everyWordHasItsBengali() throws Exception {
        Set<String> english = Arrays.stream(DoorMessages.class.getDeclaredMethods()).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Properties bengali = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("messages/cdo_bn.properties")) {
            bengali.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertEquals(english, new TreeSet<>(bengali.stringPropertyNames()));
    }
}
