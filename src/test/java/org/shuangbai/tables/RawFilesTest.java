package org.shuangbai.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The encoding and format of a raw file, recognised from its bytes: literal input beside the expected verdict. */
class RawFilesTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static final String TEXT = "被评单位,用户标识,评分,评价时间\n朝外街道办事处,U1,5,2009-03-01\n";

    @Test
    void utf8WithBomIsSaidSo() throws Exception {
        RawFile f = RawFiles.inspect(write("a.csv", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                TEXT.getBytes(StandardCharsets.UTF_8))), ImportLimits.DEFAULT);
        assertEquals(TextEncoding.Kind.UTF8_BOM, f.encoding().kind());
        assertEquals("UTF-8（文件开头有 BOM 标记）", f.encoding().describe());
        assertEquals(2, f.lines());
    }

    @Test
    void utf8WithoutBom() throws Exception {
        RawFile f = RawFiles.inspect(write("a.csv", TEXT.getBytes(StandardCharsets.UTF_8)), ImportLimits.DEFAULT);
        assertEquals(TextEncoding.Kind.UTF8, f.encoding().kind());
    }

    @Test
    void gbkIsRecognisedAndTheFirstForeignLineNamed() throws Exception {
        byte[] gbk = ("unit,key,score,time\nS01,U1,5,2009-03-01\n" + TEXT).getBytes(Charset.forName("GBK"));
        RawFile f = RawFiles.inspect(write("a.csv", gbk), ImportLimits.DEFAULT);
        assertEquals(TextEncoding.Kind.GB18030, f.encoding().kind());
        assertEquals(3, f.encoding().firstForeignLine());
        assertEquals("GBK/GB18030（第 3 行起有不符合 UTF-8 的字节，按 WPS 和许多网站导出时所用的 GBK 读取）",
                f.encoding().describe());
        List<String> cells = new ArrayList<>();
        RawRows.read(f, ImportLimits.DEFAULT, row -> cells.add(row.cell(0)));
        assertEquals(List.of("unit", "S01", "被评单位", "朝外街道办事处"), cells);
    }

    @Test
    void asciiOnlyIsSaidToReadTheSameEitherWay() throws Exception {
        RawFile f = RawFiles.inspect(write("a.csv", "a,b\n1,2\n".getBytes(StandardCharsets.US_ASCII)), ImportLimits.DEFAULT);
        assertEquals(TextEncoding.Kind.ASCII, f.encoding().kind());
    }

    @Test
    void aBomFileWithForeignBytesIsRefused() throws Exception {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                concat("a,b\n".getBytes(StandardCharsets.UTF_8), "单位,1\n".getBytes(Charset.forName("GBK"))));
        RawFileRefused e = assertThrows(RawFileRefused.class,
                () -> RawFiles.inspect(write("a.csv", bytes), ImportLimits.DEFAULT));
        assertEquals("文件开头标明是 UTF-8（BOM），但第 2 行有不符合 UTF-8 的字节，文件可能已损坏，未予读取。", e.what());
    }

    @Test
    void aFileAboveTheLimitIsRefusedWithoutBeingRead() throws Exception {
        Path big = dir.resolve("big.csv");
        try (RandomAccessFile raf = new RandomAccessFile(big.toFile(), "rw")) {
            raf.setLength(500L << 20); // sparse: 500 MB on paper, nothing on disk
        }
        RawFileRefused e = assertThrows(RawFileRefused.class, () -> RawFiles.inspect(big, ImportLimits.DEFAULT));
        assertEquals("文件大小 500 MB，超过导入上限 256 MB，未予读取，台账未作任何改动。", e.what());
    }

    @Test
    void binaryAndUtf16AreRefused() throws Exception {
        assertTrue(assertThrows(RawFileRefused.class, () -> RawFiles.inspect(write("b.csv", new byte[] {'a', 0, 'b'}),
                ImportLimits.DEFAULT)).what().contains("空字节"));
        assertTrue(assertThrows(RawFileRefused.class, () -> RawFiles.inspect(write("u.csv",
                "\uFEFFa,b".getBytes(StandardCharsets.UTF_16LE)), ImportLimits.DEFAULT)).what().contains("UTF-16"));
    }

    @Test
    void tabSeparatedTextIsRecognised() throws Exception {
        RawFile f = RawFiles.inspect(write("t.txt", "a\tb\tc\n1\t2\t3\n".getBytes(StandardCharsets.UTF_8)),
                ImportLimits.DEFAULT);
        assertEquals('\t', f.separator());
        List<List<String>> rows = new ArrayList<>();
        RawRows.read(f, ImportLimits.DEFAULT, row -> rows.add(List.of(row.cells())));
        assertEquals(List.of(List.of("a", "b", "c"), List.of("1", "2", "3")), rows);
    }

    @Test
    void anUnclosedQuoteRefusesTheFileNamingItsLine() throws Exception {
        StringBuilder sb = new StringBuilder("a,b\n1,\"oops\n");
        for (int i = 0; i < 200; i++) {
            sb.append("x,y\n");
        }
        RawFile f = RawFiles.inspect(write("q.csv", sb.toString().getBytes(StandardCharsets.UTF_8)), ImportLimits.DEFAULT);
        RawFileRefused e = assertThrows(RawFileRefused.class, () -> RawRows.read(f, ImportLimits.DEFAULT, row -> { }));
        assertEquals("第 2 行开始的双引号没有结束（超过 100 行仍未闭合），文件未予导入，台账未作任何改动。", e.what());
    }

    @Test
    void lineNumbersCountQuotedLineBreaksAndBackslashesStay() throws Exception {
        RawFile f = RawFiles.inspect(write("m.csv", "a,b\n\"x\ny\",C:\\temp\n\nz,w\n".getBytes(StandardCharsets.UTF_8)),
                ImportLimits.DEFAULT);
        List<String> seen = new ArrayList<>();
        RawRows.read(f, ImportLimits.DEFAULT, row -> seen.add(row.line() + ":" + String.join("|", row.cells())));
        assertEquals(List.of("1:a|b", "2:x\ny|C:\\temp", "4:", "5:z|w"), seen);
    }
}
