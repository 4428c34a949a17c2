package org.shuangbai;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * POI stamps every zip entry of an .xlsx with the current time; this rewrites the container with
 * one fixed local time so that the same inputs give byte-identical files. The input is read
 * through its central directory, which also copes with the data descriptors streaming writers use.
 */
public final class ReproducibleZip {
    private ReproducibleZip() {
    }

    public static byte[] withFixedTimes(byte[] zip, LocalDateTime time) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get();
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipArchiveEntry e : Collections.list(in.getEntriesInPhysicalOrder())) {
                ZipEntry copy = new ZipEntry(e.getName());
                // setTimeLocal: no time-zone dependence and no extended-timestamp field.
                copy.setTimeLocal(time);
                z.putNextEntry(copy);
                try (InputStream data = in.getInputStream(e)) {
                    data.transferTo(z);
                }
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
