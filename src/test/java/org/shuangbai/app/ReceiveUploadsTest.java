package org.shuangbai.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.Workspace;
import org.shuangbai.intake.IntakeLimits;

/** Uploaded files put under input/returned/ with safe, unique names; zips unpacked within the intake's bounds. */
class ReceiveUploadsTest {
    @TempDir
    Path dir;

    static final Clock CLOCK = Clock.fixed(Instant.parse("2010-01-15T02:03:04Z"), ZoneOffset.UTC);

    Workspace workspace() throws IOException {
        Workspace ws = new Workspace(dir.resolve("ws"));
        Files.createDirectories(ws.returnedDir());
        return ws;
    }

    Path temp(String content) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "up", ".part"), content);
    }

    /** A zip of the given entries; names in GBK without the UTF-8 flag when {@code gbk}, as Chinese Windows writes them. */
    Path zip(Map<String, byte[]> entries, boolean gbk) throws IOException {
        Path zip = Files.createTempFile(dir, "up", ".part");
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip)) {
            if (gbk) {
                out.setEncoding("GBK");
                out.setUseLanguageEncodingFlag(false);
            }
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putArchiveEntry(new ZipArchiveEntry(e.getKey()));
                out.write(e.getValue());
                out.closeArchiveEntry();
            }
        }
        return zip;
    }

    @Test
    void filesGetSafeUniqueNamesInAFolderOfTheirOwn() throws Exception {
        Workspace ws = workspace();
        UploadBatch batch = ReceiveUploads.run(ws, List.of(new ReceiveUploads.Upload("../../评分表.xlsx", temp("a")),
                new ReceiveUploads.Upload("评分表.xlsx", temp("b")), new ReceiveUploads.Upload("评分表.xlsx", temp("c")),
                new ReceiveUploads.Upload("CON", temp("d"))), CLOCK);
        assertEquals(ws.returnedDir().resolve("网页上传").resolve(batch.folder().getFileName()), batch.folder());
        assertTrue(batch.folder().getFileName().toString().matches("20100115-\\d{6}"), batch.folder().toString());
        List<String> names = batch.stored().stream().map(p -> batch.folder().relativize(p).toString()).toList();
        assertEquals(List.of("_CON", "____评分表.xlsx", "评分表 (2).xlsx", "评分表.xlsx"), names);
        assertEquals("c", Files.readString(batch.folder().resolve("评分表 (2).xlsx")), "nothing overwritten");
        assertTrue(batch.stored().stream().allMatch(p -> p.startsWith(batch.folder())));
        ReceiveUploads.Upload later = new ReceiveUploads.Upload("x.xlsx", temp("d"));
        UploadBatch second = ReceiveUploads.run(ws, List.of(later), CLOCK);
        assertFalse(second.folder().equals(batch.folder()), "a second upload in the same second gets its own folder");
        assertFalse(Files.exists(later.content()), "the temporary file was moved, not copied");
    }

    @Test
    void aZipOfFoldersIsUnpackedWithItsNamesEvenInGbk() throws Exception {
        Workspace ws = workspace();
        Path zip = zip(Map.of("朝外街道/评分表.xlsx", "a".getBytes(StandardCharsets.UTF_8),
                "劲松街道/立项表.xlsx", "b".getBytes(StandardCharsets.UTF_8),
                "__MACOSX/朝外街道/._评分表.xlsx", "junk".getBytes(StandardCharsets.UTF_8),
                "劲松街道/~$立项表.xlsx", "lock".getBytes(StandardCharsets.UTF_8),
                "../../逃逸.xlsx", "c".getBytes(StandardCharsets.UTF_8)), true);
        UploadBatch batch = ReceiveUploads.run(ws, List.of(new ReceiveUploads.Upload("各单位.zip", zip)), CLOCK);
        List<String> names = batch.stored().stream().map(p -> batch.folder().relativize(p).toString().replace('\\', '/'))
                .sorted().toList();
        assertEquals(List.of("各单位/劲松街道/立项表.xlsx", "各单位/朝外街道/评分表.xlsx", "各单位/逃逸.xlsx"), names);
        assertEquals(List.of(), batch.refused());
        try (Stream<Path> all = Files.walk(ws.root())) {
            assertTrue(all.allMatch(p -> p.startsWith(ws.root())));
        }
        assertEquals("a", Files.readString(batch.folder().resolve("各单位/朝外街道/评分表.xlsx")));
        assertTrue(Charset.isSupported("GB18030"));
    }

    /** Entries in this order, of these sizes. */
    static Map<String, byte[]> sized(Object... namesAndSizes) {
        Map<String, byte[]> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndSizes.length; i += 2) {
            out.put((String) namesAndSizes[i], new byte[(Integer) namesAndSizes[i + 1]]);
        }
        return out;
    }

    @Test
    void aZipBeyondTheIntakesBoundsIsLeftOutWithAReason() throws Exception {
        Workspace ws = workspace();
        IntakeLimits small = new IntakeLimits(10, 3, 100, 25, 100, Duration.ofSeconds(1));
        Path tooMany = zip(sized("a", 1, "b", 1, "c", 1, "d", 1), false);
        Path tooBig = zip(sized("big.xlsx", 11, "ok.xlsx", 5), false);
        Path inflated = zip(sized("1.xlsx", 10, "2.xlsx", 10, "3.xlsx", 10), false);
        Path broken = temp("not a zip");
        UploadBatch batch = ReceiveUploads.run(ws, List.of(new ReceiveUploads.Upload("many.zip", tooMany),
                new ReceiveUploads.Upload("big.zip", tooBig), new ReceiveUploads.Upload("inflated.zip", inflated),
                new ReceiveUploads.Upload("broken.zip", broken)), CLOCK, small);
        List<String> refused = batch.refused();
        assertEquals(4, refused.size(), refused.toString());
        assertTrue(refused.get(0).contains("many.zip") && refused.get(0).contains("4 个条目"), refused.get(0));
        assertTrue(refused.get(1).contains("big.zip") && refused.get(1).contains("big.xlsx"), refused.get(1));
        assertTrue(refused.get(2).contains("inflated.zip") && refused.get(2).contains("解压后超过"), refused.get(2));
        assertTrue(refused.get(3).contains("broken.zip") && refused.get(3).contains("无法读取"), refused.get(3));
        List<String> stored = batch.stored().stream().map(p -> p.getFileName().toString()).sorted().toList();
        assertEquals(List.of("1.xlsx", "2.xlsx", "ok.xlsx"), stored);
    }
}
