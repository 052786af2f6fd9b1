package org.convene.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Rules read from a module's sources (its layering), so that they fail before anything runs. */
public final class SourceScan {

    private SourceScan() {
    }

    /** "file:line: text" for each line of a .java file under {@code root} that the pattern finds something in. */
    public static List<String> linesMatching(Path root, Pattern pattern) {
        assertTrue(Files.isDirectory(root), root.toAbsolutePath() + " is not a directory (run from the module)");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> sources = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
            assertTrue(!sources.isEmpty(), "no sources under " + root);
            for (Path source : sources) {
                List<String> lines = Files.readAllLines(source);
                for (int i = 0; i < lines.size(); i++) {
                    if (pattern.matcher(lines.get(i)).find()) {
                        found.add(root.relativize(source) + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
