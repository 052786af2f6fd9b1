package org.convene.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.convene.testkit.SourceScan;
import org.junit.jupiter.api.Test;

/**
 * rest → service → repository, and messaging → service: the service layer takes and returns its own types (records of
 * its own, domain entities), never the HTTP types of {@code rest} nor anything of {@code messaging}, which only decodes
 * events into the services' input records and calls them. Read from the sources, so that it fails before anything
 * runs. ({@code org.convene.platform.rest} is platform infrastructure, not this service's {@code rest}, and is
 * allowed.)
 */
class LayeringTest {

    static final Path SERVICE = Path.of("src/main/java/org/convene/notification/service");

    /** Any use of the package, imported, statically imported or written out in full. */
    static final Pattern REST = Pattern.compile("\\borg\\.convene\\.notification\\.rest\\b");

    static final Pattern MESSAGING = Pattern.compile("\\borg\\.convene\\.notification\\.messaging\\b");

    @Test
    void serviceDoesNotUseRestTypes() {
        assertEquals(List.of(), SourceScan.linesMatching(SERVICE, REST), "the service layer uses rest types");
    }

    @Test
    void serviceDoesNotUseMessaging() {
        assertEquals(List.of(), SourceScan.linesMatching(SERVICE, MESSAGING), "the service layer uses messaging (messaging → service only)");
    }
}
