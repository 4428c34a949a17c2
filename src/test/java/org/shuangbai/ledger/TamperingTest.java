package org.shuangbai.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shuangbai.ledger.RejectionTest.all;
import static org.shuangbai.ledger.RejectionTest.assertRejected;
import static org.shuangbai.ledger.RejectionTest.setIdentity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.app.FileReport;
import org.shuangbai.app.Intake;
import org.shuangbai.forms.CellSpec;
import org.shuangbai.plan.FormKind;
import org.shuangbai.forms.FormLayout;
import org.shuangbai.intake.ReturnFixture;
import org.shuangbai.plan.Plan;

/**
 * The tampering cases of the hostile-input issue not already in {@link RejectionTest}, each with the
 * exact reason: a file moved into another unit's folder under that unit's name, locked indicator text
 * and category edited, rows deleted, the form kind in the identity altered.
 */
class TamperingTest {
    @TempDir
    Path dir;
    ReturnFixture fx;
    FormLayout score;
    Plan plan;

    @BeforeEach
    void setUp() throws Exception {
        fx = new ReturnFixture(dir.resolve("ws"));
        score = fx.layout("S01", FormKind.SCORE);
        plan = ReturnFixture.plan();
    }

    Path filled(Path out) throws Exception {
        ReturnFixture.fill(fx.generate("S01", FormKind.SCORE), out, score, ReturnFixture.answers(score, 0));
        return out;
    }

    FileReport ingest(Path file) throws Exception {
        return Intake.ingest(fx.workspace, plan, List.of(file)).files().get(0);
    }

    CellSpec labelWithText(String text) {
        return score.labels().filter(c -> c.text() != null && c.text().contains(text)).findFirst().orElseThrow(() -> new AssertionError(text));
    }

    @Test
    void workbookOfUnitAMovedAndRenamedAsUnitBsIsTakenAsA() throws Exception {
        Path folder = fx.workspace.returnedDir().resolve("S02_劲松街道办事处");
        Files.createDirectories(folder);
        Path file = filled(folder.resolve("S02_劲松街道办事处_2009年考核评分表.xlsx"));

        FileReport r = ingest(file);

        assertEquals(FileReport.Outcome.ACCEPTED, r.outcome(), () -> all(r));
        assertEquals("S01", r.identity().unitCode());
        assertEquals("朝外街道办事处", r.unitName());
        assertTrue(r.line().contains("朝外街道办事处") && !r.line().contains("劲松街道办事处 考核评分表"), r.line());
        try (Ledger ledger = Ledger.open(fx.workspace)) {
            assertEquals(1, ledger.history("S01", FormKind.SCORE).size());
            assertEquals(List.of(), ledger.history("S02", FormKind.SCORE));
            assertTrue(ledger.currentValues().stream().allMatch(v -> v.unitCode().equals("S01")));
            FormStatus s02 = ledger.status(plan).stream()
                    .filter(s -> s.unit().code().equals("S02") && s.form() == FormKind.SCORE).findFirst().orElseThrow();
            assertEquals(FormStatus.State.MISSING, s02.state());
        }
    }

    @Test
    void indicatorTextEdited() throws Exception {
        Path file = filled(fx.workspace.returnedDir().resolve("a.xlsx"));
        String name = plan.indicator("EFF-01").orElseThrow().name();
        CellSpec cell = labelWithText(name);
        ReturnFixture.edit(file, wb -> ReturnFixture.set(wb, cell.sheet(), cell.row(), cell.column(), "已完成全部工作", null));
        assertRejected(ingest(file), cell.ref(), "工作表“" + cell.sheet() + "”单元格 " + cell.ref(), "内容为“已完成全部工作”",
                "锁定单元格的内容被改动，下发时应为“" + cell.text().substring(0, 6));
        assertNoSubmission();
    }

    @Test
    void categoryEdited() throws Exception {
        Path file = filled(fx.workspace.returnedDir().resolve("a.xlsx"));
        var category = plan.systems().get(0).categories().get(0);
        CellSpec cell = labelWithText(category.name());
        ReturnFixture.edit(file, wb -> ReturnFixture.set(wb, cell.sheet(), cell.row(), cell.column(), "其他", null));
        assertRejected(ingest(file), cell.ref(), "内容为“其他”", "锁定单元格的内容被改动");
        assertNoSubmission();
    }

    @Test
    void rowsDeleted() throws Exception {
        Path file = filled(fx.workspace.returnedDir().resolve("a.xlsx"));
        ReturnFixture.edit(file, wb -> {
            Sheet s = wb.getSheet("效能监察");
            s.shiftRows(9, s.getLastRowNum(), -1);
        });
        assertRejected(ingest(file), null, "工作表“效能监察”", "错位了 1 行", "删除了行", "不要插入或删除行");
        assertNoSubmission();
    }

    @Test
    void formKindInIdentityAltered() throws Exception {
        Path file = filled(fx.workspace.returnedDir().resolve("a.xlsx"));
        setIdentity(file, "form", FormKind.LEDGER.option());
        // the score sheet now claims to be S01's issue ledger, whose sheet it does not have
        assertRejected(ingest(file), null, "工作表“挂帐问题项目表”", "缺少工作表“挂帐问题项目表”（被删除或改名）");
        assertNoSubmission();
    }

    void assertNoSubmission() {
        try (Ledger ledger = Ledger.open(fx.workspace)) {
            assertEquals(List.of(), ledger.currentValues());
        }
    }
}
