package eu.credentialgateway.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A valid ELMO transcript of about a given size: test-data/elmo/multi-report-nested/input.xml with its course
 * "Graph theory" repeated (each copy its own identifier, title and a description of about 1.5 KB, so that 19 MB stays
 * below gateway.check.max-elements) until the document reaches the size.
 */
final class LargeTranscript {
    private static final String DESCRIPTION = "Paths, trees, colourings and flows in graphs, with proofs and exercises. ".repeat(20);

    private LargeTranscript() {
    }

    static byte[] of(long bytes) throws IOException {
        String xml = Files.readString(Path.of("test-data/elmo/multi-report-nested/input.xml"));
        int id = xml.indexOf("C-GRAPH");
        int start = xml.lastIndexOf("<learningOpportunitySpecification>", id);
        String close = "</learningOpportunitySpecification>";
        int end = xml.indexOf(close, id) + close.length();
        String course = xml.substring(start, end);
        StringBuilder out = new StringBuilder((int) bytes + 4096).append(xml, 0, end);
        for (int i = 1; out.length() + course.length() < bytes; i++) {
            out.append("\n            ").append(course.replace("C-GRAPH", "C-GRAPH-" + i).replace("Graph theory", "Graph theory " + i)
                    .replace("<type>Course</type>", "<description xml:lang=\"en\">" + DESCRIPTION + i + "</description>\n              <type>Course</type>"));
        }
        return out.append(xml, end, xml.length()).toString().getBytes(StandardCharsets.UTF_8);
    }
}
