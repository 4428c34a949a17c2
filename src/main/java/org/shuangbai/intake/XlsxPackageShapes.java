package org.shuangbai.intake;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.opc.ContentTypes;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.ZipPackagePart;
import org.apache.poi.openxml4j.opc.internal.ContentType;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.poi.openxml4j.opc.internal.ZipHelper;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The package shapes POI's package reader accepted during one run, so that a file shaped exactly like
 * one of them is read straight from its zip: that reader's DOM parses of the content types, every
 * relationship part and the core properties (and a new parser for each) were a fifth of the time a
 * returned form took, the same for every form of one kind.
 *
 * <p>What POI works out before a cell is read ({@link XlsxStreamWorkbook.PackageMap}) depends only on
 * the zip's entry names, the content types part, the relationship parts and the workbook part; whether
 * it opens the package at all depends on those and on the core properties. So a shape is those entry
 * names in zip order and those parts' bytes, compared byte for byte (never by checksum: a hostile file
 * could match a CRC), plus the core properties parts, which name the unit and so differ from file to
 * file: each is checked by {@link CoreProperties} against a plain form POI is known to accept. Anything
 * else (another entry, one byte more in a relationship part, a core part in any other form) is read
 * through POI as before, and only a file POI read cleanly is learned. The zip is read by POI's own zip
 * reader with its limits on every part read, so a zip POI would refuse is refused alike.
 */
final class XlsxPackageShapes {
    /** A run meets a few shapes per form kind; hostile files are never learned, odd ones rarely repeat. */
    private static final int MAX_SHAPES = 64;
    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final ContentType CORE = core();

    private final List<Shape> shapes = new CopyOnWriteArrayList<>();

    private record Shape(List<String> entries, Map<String, byte[]> parts, List<String> coreParts,
                         XlsxStreamWorkbook.PackageMap map) {
    }

    private static ContentType core() {
        try {
            return new ContentType(ContentTypes.CORE_PROPERTIES_PART);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file's zip as POI's package reader opens it, or null when it does not open. */
    Zip zip(Path path) {
        try {
            return new Zip(ZipHelper.openZipFile(path.toFile()));
        } catch (Exception e) {
            return null;
        }
    }

    /** One file's zip: matched against the shapes learned, or learned from POI's reading of it. */
    final class Zip implements AutoCloseable {
        private final ZipSecureFile zip;
        private final List<String> entries = new ArrayList<>();

        private Zip(ZipSecureFile zip) {
            this.zip = zip;
            for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
                entries.add(e.getName());
            }
        }

        /** What POI would work out for this file, when it is shaped like one learned; else null. */
        XlsxStreamWorkbook.PackageMap match() {
            try {
                for (Shape shape : shapes) {
                    if (shape.entries.equals(entries) && sameParts(shape) && plainCore(shape)) {
                        return shape.map;
                    }
                }
            } catch (Exception e) {
                // a part that does not read: POI's reader says what is wrong
            }
            return null;
        }

        private boolean sameParts(Shape shape) throws Exception {
            for (Map.Entry<String, byte[]> part : shape.parts.entrySet()) {
                if (!Arrays.equals(part.getValue(), bytes(part.getKey()))) {
                    return false;
                }
            }
            return true;
        }

        private boolean plainCore(Shape shape) throws Exception {
            for (String entry : shape.coreParts) {
                try (InputStream in = open(entry)) {
                    if (!CoreProperties.plain(in)) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** Remembers the shape of this file, which POI's package reader has just read into {@code map}. */
        void learn(OPCPackage pkg, XlsxStreamWorkbook.PackageMap map) {
            if (shapes.size() >= MAX_SHAPES) {
                return;
            }
            try {
                List<String> coreParts = new ArrayList<>();
                for (PackagePart part : pkg.getParts()) {
                    if (!CORE.equals(part.getContentTypeDetails())) {
                        continue;
                    }
                    String entry = part.getPartName().getName().substring(1);
                    if (!(part instanceof PackagePropertiesPart) || !entries.contains(entry)) {
                        return; // a core part POI could not read, or not found by its name: not learned
                    }
                    coreParts.add(entry);
                }
                Map<String, byte[]> parts = new LinkedHashMap<>();
                for (String entry : entries) {
                    String lower = entry.toLowerCase(Locale.ROOT);
                    if (lower.equals(CONTENT_TYPES.toLowerCase(Locale.ROOT)) || lower.endsWith(".rels")) {
                        parts.put(entry, bytes(entry));
                    }
                }
                String workbook = workbookEntry(pkg);
                if (workbook == null || !entries.contains(workbook)) {
                    return;
                }
                parts.put(workbook, bytes(workbook));
                if (entries.size() != entries.stream().distinct().count()) {
                    return; // POI refuses equal part names, but keep the shape's entries unambiguous anyway
                }
                Shape shape = new Shape(List.copyOf(entries), parts, List.copyOf(coreParts), map);
                synchronized (shapes) {
                    boolean known = false;
                    for (Shape s : shapes) {
                        known |= s.entries.equals(shape.entries) && s.map.equals(shape.map) && sameParts(s);
                    }
                    if (!known && shapes.size() < MAX_SHAPES) {
                        shapes.add(shape);
                    }
                }
            } catch (Exception e) {
                // not learned: the next file of this shape is read through POI again
            }
        }

        private static String workbookEntry(OPCPackage pkg) throws Exception {
            PackagePart workbook = pkg.getPart(pkg.getRelationshipsByType(
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument")
                    .getRelationship(0));
            return workbook instanceof ZipPackagePart zipPart ? zipPart.getZipArchive().getName() : null;
        }

        private byte[] bytes(String entry) throws Exception {
            try (InputStream in = open(entry)) {
                return in.readAllBytes();
            }
        }

        /** An entry's content through POI's guarded stream (its size and inflation-ratio limits). */
        InputStream open(String entry) throws Exception {
            ZipArchiveEntry e = zip.getEntry(entry);
            if (e == null) {
                throw new java.io.FileNotFoundException(entry);
            }
            return zip.getInputStream(e);
        }

        @Override
        public void close() {
            try {
                zip.close();
            } catch (java.io.IOException e) {
                // read only: nothing to lose
            }
        }
    }
}
