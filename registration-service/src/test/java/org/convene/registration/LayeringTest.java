package org.convene.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.convene.testkit.SourceScan;
import org.junit.jupiter.api.Test;

/**
 * rest → service → repository: the service layer takes and returns its own types (records of its own, domain
 * entities), never the HTTP types of {@code rest}; {@code mapping} and {@code rest} convert. Read from the sources,
 * so that it fails before anything runs. ({@code org.convene.platform.rest} is platform infrastructure, not this
 * service's {@code rest}, and is allowed.)
 */
class LayeringTest {

    static final Path SERVICE = Path.of("src/main/java/org/convene/registration/service");

    /** Any use of the package, imported, statically imported or written out in full. */
    static final Pattern REST = Pattern.compile("\\borg\\.convene\\.registration\\.rest\\b");

    @Test
    void serviceDoesNotUseRestTypes() {
        assertEquals(List.of(), SourceScan.linesMatching(SERVICE, REST), "the service layer uses rest types");
    }
}
