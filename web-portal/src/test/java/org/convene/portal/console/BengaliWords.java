package org.convene.portal.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Checks that a bundle's Bengali file has every word of the bundle, and none the bundle lacks. */
public final class BengaliWords {

    private BengaliWords() {
    }

    /** {@code resource}: the Bengali file on the class path, e.g. {@code messages/cdo_bn.properties}; its words. */
    public static Properties assertComplete(Class<?> bundle, String resource) throws IOException {
        Set<String> english = Arrays.stream(bundle.getDeclaredMethods()).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Properties bengali = new Properties();
        try (InputStream in = BengaliWords.class.getClassLoader().getResourceAsStream(resource)) {
            bengali.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertEquals(english, new TreeSet<>(bengali.stringPropertyNames()));
        return bengali;
    }
}
