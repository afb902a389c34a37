package eu.credentialgateway.ingest;

import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.Rejection;
import eu.credentialgateway.Stage;
import java.io.File;
import java.io.IOException;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The sizes a workbook's zip directory declares, checked before POI opens it: too many entries, an entry larger than
 * the bound, or one that inflates more than the bound is refused at once, without inflating anything. A zip may declare
 * sizes that are not true; POI's {@code ZipSecureFile}, set to the same bounds, counts the bytes it actually inflates.
 */
final class ZipBounds {
    /** A workbook has a few dozen parts; POI's own default bound. */
    private static final int MAX_ENTRIES = 1000;

    private ZipBounds() {
    }

    static void check(File file, int maxInflation, long maxEntryBytes, long grace) {
        try (ZipFile zip = new ZipFile(file)) {
            int entries = 0;
            for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements();) {
                ZipEntry entry = all.nextElement();
                if (++entries > MAX_ENTRIES) {
                    throw refused("zip-bomb", "the workbook holds more than " + MAX_ENTRIES + " zip entries", "/");
                }
                long size = entry.getSize();
                long compressed = entry.getCompressedSize();
                String where = entryName(entry);
                if (size > maxEntryBytes) {
                    throw refused("zip-entry-too-large", "a zip entry of the workbook inflates beyond " + maxEntryBytes
                            + " bytes (gateway.batch.max-entry-size)", where);
                }
                if (size > grace && compressed > 0 && size / compressed > maxInflation) {
                    throw refused("zip-bomb", "a zip entry of the workbook inflates more than " + maxInflation
                            + " times (gateway.batch.max-inflation)", where);
                }
            }
        } catch (IOException notAZip) {
            // POI reports a file it cannot open as unreadable-workbook
        }
    }

    /** The entry's name when it is a plain part name (it is the workbook's structure, not learner data), else "/". */
    private static String entryName(ZipEntry entry) {
        String name = entry.getName();
        return name.length() <= 64 && name.matches("[A-Za-z0-9_./\\[\\]-]+") ? name : "/";
    }

    private static GatewayException refused(String code, String message, String where) {
        return new GatewayException(Rejection.TOO_LARGE, List.of(new Finding(Stage.INGEST, code, message, where)));
    }
}
