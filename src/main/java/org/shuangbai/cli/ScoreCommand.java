package org.shuangbai.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.shuangbai.Workspace;
import org.shuangbai.app.ScoreResult;
import org.shuangbai.plan.IndicatorSystem;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.UnitGroup;
import org.shuangbai.scoring.Commendation;
import org.shuangbai.scoring.Results;
import org.shuangbai.scoring.UnitResult;
import org.shuangbai.scoring.UnitStatus;
import org.shuangbai.text.Messages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** `score`: totals, vetoes, grades, ranks and 先进单位 from the ledger's current score sheets. */
@Command(name = "score", mixinStandardHelpOptions = true)
public final class ScoreCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Override
    public Integer call() throws Exception {
        var office = workspace.office();
        print(office.workspace(), office.score());
        return ExitCode.OK;
    }

    /** The summary, the rules and the files written; also a step of `demo`. */
    static void print(Workspace ws, ScoreResult r) {
        if (r.nothingReceived()) {
            Console.OUT.println(Messages.text("score.nothingReceived", "ledger", ws.root().relativize(ws.ledgerFile())));
        }
        print(r.results());
        Console.OUT.println(Messages.text("score.files"));
        for (Path f : r.files()) {
            Console.OUT.println("  " + ws.root().relativize(f));
        }
    }

    public static void print(Results results) {
        Plan plan = results.plan();
        Console.OUT.println(Messages.text("score.title", "title", plan.settings().planTitle()));
        List<String> grades = plan.settings().scoring().gradeBands().stream().map(b -> b.grade()).toList();
        StringBuilder head = new StringBuilder(pad(Messages.text("score.col.system"), 14)
                + pad(Messages.text("score.col.group"), 8) + pad(Messages.text("score.col.units"), 6)
                + pad(Messages.text("score.col.scored"), 8) + pad(Messages.text("score.col.missing"), 6)
                + pad(Messages.text("score.col.rejected"), 6));
        grades.forEach(g -> head.append(pad(g, 6)));
        head.append(pad(Messages.text("score.col.vetoed"), 6)).append(Messages.text("score.col.commended"));
        Console.OUT.println(head);
        for (IndicatorSystem system : plan.systems()) {
            for (UnitGroup group : UnitGroup.values()) {
                List<UnitResult> rs = results.units().stream()
                        .filter(r -> r.systemCode().equals(system.code()) && r.unit().group() == group).toList();
                if (rs.isEmpty()) {
                    continue;
                }
                StringBuilder line = new StringBuilder(pad(system.shortName(), 14) + pad(group.label(), 8)
                        + pad(String.valueOf(rs.size()), 6) + pad(count(rs, UnitStatus.SCORED), 8)
                        + pad(count(rs, UnitStatus.MISSING), 6) + pad(count(rs, UnitStatus.REJECTED), 6));
                grades.forEach(g -> line.append(pad(String.valueOf(rs.stream().filter(r -> g.equals(r.grade())).count()), 6)));
                line.append(pad(String.valueOf(rs.stream().filter(r -> !r.vetoes().isEmpty()).count()), 6));
                line.append(rs.stream().filter(UnitResult::commended).count());
                Console.OUT.println(line);
            }
        }
        Console.OUT.println();
        Console.OUT.println(Messages.text("score.commended"));
        for (Commendation c : results.commendations()) {
            IndicatorSystem system = plan.system(c.systemCode()).orElseThrow();
            Console.OUT.println(Messages.text("score.commended.group", "system", system.shortName(),
                    "group", c.group().label()));
            for (String code : c.unitCodes()) {
                UnitResult r = results.units().stream()
                        .filter(u -> u.systemCode().equals(c.systemCode()) && u.unit().code().equals(code))
                        .findFirst().orElseThrow();
                Console.OUT.println(Messages.text("score.commended.unit", "rank", r.rank(), "code", code,
                        "name", r.unit().name(), "total", r.total().toPlainString()));
            }
            Console.OUT.println("    " + c.explanation());
        }
        Console.OUT.println();
        Console.OUT.println(Messages.text("score.rules"));
        for (int i = 0; i < results.rules().size(); i++) {
            Console.OUT.println("  " + (i + 1) + ". " + results.rules().get(i));
        }
    }

    private static String count(List<UnitResult> rs, UnitStatus status) {
        return String.valueOf(rs.stream().filter(r -> r.status() == status).count());
    }

    /** Pads to a display width, counting a Chinese character as two columns as terminals do. */
    static String pad(String s, int width) {
        int w = s.codePoints().map(c -> c < 0x1100 ? 1 : 2).sum();
        return s + " ".repeat(Math.max(1, width - w));
    }
}
