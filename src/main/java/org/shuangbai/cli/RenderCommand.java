package org.shuangbai.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.shuangbai.Defaults;
import org.shuangbai.Workspace;
import org.shuangbai.documents.DocumentData;
import org.shuangbai.documents.FontCatalog;
import org.shuangbai.documents.LedgerItemRow;
import org.shuangbai.documents.LedgerRows;
import org.shuangbai.documents.ReminderRow;
import org.shuangbai.documents.Renderer;
import org.shuangbai.forms.FormKind;
import org.shuangbai.ledger.FormStatus;
import org.shuangbai.ledger.Ledger;
import org.shuangbai.ledger.WorkspaceLock;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Plan;
import org.shuangbai.scoring.Results;
import org.shuangbai.scoring.Scoring;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `render`: the official documents from the ledger and the scores, into output/reports/. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"生成公文：考核结果通报（含附件先进单位名单、得分汇总表）、各单位考核结果通知书、催报名单和挂帐问题汇总表，",
                "写入 output/reports/（PDF；通报和通知书另有 DOCX 供最后修改，表格另有 XLSX）。",
                "通报正文取自 templates/notice-body.vm，版式取自 reports/*.jrxml，均可修改。"})
public final class RenderCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--watermark", description = "在每一页加印浅色“示例”字样（演示数据用）。")
    boolean watermark;

    @Override
    public Integer call() throws Exception {
        Plan plan = PlanCommand.load(workspace);
        if (plan == null) {
            return ExitCode.PLAN_INVALID;
        }
        return render(workspace.get(), plan, watermark);
    }

    /** Renders every document of a workspace; also the last step of `demo`. */
    static int render(Workspace ws, Plan plan, boolean watermark) throws Exception {
        FontCatalog fonts = FontCatalog.find(plan.settings().notice().fonts());
        fonts.warnings().forEach(w -> Console.ERR.println("注意：" + w));
        Console.OUT.println("字体：");
        fonts.describe().forEach(d -> Console.OUT.println("  " + d));
        try (WorkspaceLock lock = WorkspaceLock.acquire(ws)) {
            Results results = score(ws, plan);
            List<LedgerItemRow> items = new ArrayList<>();
            List<ReminderRow> reminders = new ArrayList<>();
            readLedger(ws, plan, items, reminders);
            Optional<String> template = read(ws, "templates/notice-body.vm");
            if (template.isEmpty()) {
                Console.ERR.println("缺少通报正文模板 templates/notice-body.vm，程序包也未带默认模板。");
                return ExitCode.ENVIRONMENT;
            }
            DocumentData data = DocumentData.from(plan, results, items, reminders, template.get());
            Renderer renderer = new Renderer(ws, fonts, watermark, plan.settings().notice().date(), plan.settings().office());
            List<Path> files = renderer.render(data);
            Console.OUT.println("已生成 " + files.size() + " 个文件，在 " + ws.reportsDir() + "：");
            Console.OUT.println("  考核结果通报：01_考核结果通报.pdf（另有 .docx），附件 02_、03_（另有 .xlsx）");
            Console.OUT.println("  考核结果通知书 " + data.letters().size() + " 份：" + Renderer.LETTERS_DIR + "/");
            Console.OUT.println("  催报名单 " + data.reminders().size() + " 个单位：04_催报名单.pdf；挂帐问题 "
                    + data.ledger().size() + " 项（逾期 " + data.ledger().stream().filter(LedgerItemRow::overdue).count()
                    + " 项）：05_挂帐问题汇总表.pdf");
            return ExitCode.OK;
        }
    }

    /** In its own frame so that the ledger's values (a million at 10,000 units) are garbage once scored. */
    private static Results score(Workspace ws, Plan plan) {
        ScoreCommand.ScoreInput input = ScoreCommand.read(ws, plan);
        return Scoring.score(plan, input.values(), input.rejectedUnits());
    }

    private static void readLedger(Workspace ws, Plan plan, List<LedgerItemRow> items, List<ReminderRow> reminders) {
        if (!Files.exists(ws.ledgerFile())) {
            List<FormStatus> none = new ArrayList<>();
            for (AssessedUnit u : plan.units()) {
                for (FormKind k : FormKind.values()) {
                    none.add(new FormStatus(u, k, FormStatus.State.MISSING, List.of(), null, false));
                }
            }
            reminders.addAll(LedgerRows.reminders(plan, none));
            return;
        }
        try (Ledger ledger = Ledger.open(ws)) {
            items.addAll(LedgerRows.items(plan, ledger.currentValues(FormKind.LEDGER), plan.settings().notice().date()));
            reminders.addAll(LedgerRows.reminders(plan, ledger.status(plan)));
        }
    }

    private static Optional<String> read(Workspace ws, String path) throws IOException {
        Optional<InputStream> in = Defaults.open(ws, path);
        if (in.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream s = in.get()) {
            return Optional.of(new String(s.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
