package org.shuangbai.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.shuangbai.documents.WordXml.p;
import static org.shuangbai.documents.WordXml.runs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.Workspace;

/**
 * A document of the template with a body of its own (a rectification notice, the 立项 check's report) is the
 * file POI writes for it and the render fixes, byte for byte, whether it was spliced into the package or,
 * for texts whose saved form is not certain, went through POI.
 */
class BodyDocxTest {
    private static final LocalDate DATE = LocalDate.of(2010, 2, 20);

    @TempDir
    Path dir;

    /** A body shaped as the rectification notice's, its texts as {@code text} writes them. */
    private static Function<UnaryOperator<String>, String> notice(String unit, String finding) {
        return text -> {
            StringBuilder body = new StringBuilder();
            body.append(p("Title", "", runs(text.apply(unit + "效能监察立项整改要求"))));
            body.append(p("Addressee", "<w:spacing w:beforeLines=\"100\" w:before=\"579\"/>", runs(text.apply(unit + "："))));
            WordXml.table(body, List.of(new String[] {"序号", "问题", "说明", "整改要求"},
                    new String[] {"1", "重复立项", finding, "删去重复的一项"}), new int[] {600, 1300, 4444, 2500}, 20, -1, false, text);
            body.append(p("Signature", "<w:spacing w:beforeLines=\"100\" w:before=\"579\"/>", runs(text.apply("区监察局"))));
            return body.toString();
        };
    }

    @Test
    void aBodySplicedIntoThePackageIsTheFilePoiWrites() throws Exception {
        assertSameAsPoi(notice("\"小关\" <街道> & ]]> 办", "区级任务 RW04 在 B4、B5 中立项 2 次 '第 1 项' > 0\n第二行"));
    }

    @Test
    void aBodyWithATabGoesThroughPoiAndIsTheSameFile() throws Exception {
        assertSameAsPoi(notice("小关街道办事处", "甲\t乙 𠀀"));
    }

    private void assertSameAsPoi(Function<UnaryOperator<String>, String> body) throws Exception {
        Workspace workspace = new Workspace(dir);
        Path viaBodies = new BodyDocx(workspace, DATE).write(dir.resolve("bodies.docx"), body);
        Path viaPoi = Renderer.word(workspace, DATE, dir.resolve("poi.docx"),
                (template, out) -> DocxLetter.throughPoi(body.apply(WordXml::escape), template, out));
        assertArrayEquals(Files.readAllBytes(viaPoi), Files.readAllBytes(viaBodies));
    }
}
