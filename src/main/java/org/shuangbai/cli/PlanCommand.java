package org.shuangbai.cli;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.shuangbai.app.CheckPlan;
import org.shuangbai.plan.Category;
import org.shuangbai.plan.IndicatorSystem;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.UnitGroup;
import org.shuangbai.plan.Veto;
import org.shuangbai.text.Lists;
import org.shuangbai.text.Messages;
import org.shuangbai.text.Numbers;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** `plan check`: loads and validates the plan and prints its summary, or every problem found. */
@Command(name = "plan", mixinStandardHelpOptions = true, subcommands = PlanCommand.Check.class)
public final class PlanCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(Console.OUT);
    }

    @Command(name = "check", mixinStandardHelpOptions = true)
    static final class Check implements Callable<Integer> {
        @Mixin
        WorkspaceOption workspace;

        @Override
        public Integer call() throws Exception {
            var checked = workspace.office().checkPlan();
            printPlan(checked.plan());
            printImportData(checked);
            if (!checked.outdatedCopies().isEmpty()) {
                Console.OUT.println(Messages.text("plan.summary.outdatedCopies", "files",
                        Lists.enumeration(checked.outdatedCopies())));
            }
            Console.OUT.println(Messages.text("plan.summary.ok"));
            return ExitCode.OK;
        }
    }

    /** The 公共评议 rules and the district's task list, when the plan has them. */
    static void printImportData(CheckPlan.Result checked) {
        var rules = checked.rules();
        Console.OUT.println(rules.isEmpty() ? Messages.text("plan.summary.noEvaluationRules")
                : Messages.text("plan.summary.evaluationRules", "channels", rules.channels().size(),
                "indicators", Lists.enumeration(rules.indicators())));
        var tasks = checked.plan().tasks();
        Console.OUT.println(tasks.isEmpty() ? Messages.text("plan.summary.noTasks")
                : Messages.text("plan.summary.tasks", "tasks", tasks.all().size(), "units",
                checked.plan().units().stream().filter(u -> !tasks.of(u.code()).isEmpty()).count()));
    }

    static void printSummary(Plan plan) {
        printPlan(plan);
        Console.OUT.println(Messages.text("plan.summary.ok"));
    }

    private static void printPlan(Plan plan) {
        var s = plan.settings();
        Console.OUT.println(Messages.text("plan.summary.title", "title", s.planTitle(), "document", s.planDocument(),
                "code", s.planCode()));
        for (IndicatorSystem system : plan.systems()) {
            Console.OUT.println(Messages.text("plan.summary.system", "system", system.shortName(),
                    "categories", system.categories().size(), "indicators", system.indicatorList().size(),
                    "total", Numbers.plain(system.total())));
            for (Category c : system.categories()) {
                Console.OUT.println(Messages.text("plan.summary.category", "number", c.number(), "name", c.name(),
                        "max", Numbers.plain(c.maxScore()), "indicators", c.indicators().size()));
            }
        }
        Map<String, Integer> effects = new TreeMap<>();
        for (Veto v : plan.vetoes()) {
            effects.merge(v.effect().label(), 1, Integer::sum);
        }
        Console.OUT.println(Messages.text("plan.summary.vetoes", "count", plan.vetoes().size(), "effects", effects));
        Console.OUT.println(Messages.text("plan.summary.units", "count", plan.units().size(),
                "street", UnitGroup.STREET.label(), "streets", plan.units(UnitGroup.STREET).size(),
                "department", UnitGroup.DEPARTMENT.label(), "departments", plan.units(UnitGroup.DEPARTMENT).size()));
        var bodies = plan.assessors();
        if (bodies.active()) {
            Map<String, Integer> kinds = new java.util.LinkedHashMap<>();
            bodies.bodies().forEach(b -> kinds.merge(b.kind().label(), 1, Integer::sum));
            Console.OUT.println(Messages.text("plan.summary.assessors", "count", bodies.bodies().size(), "kinds", kinds,
                    "rows", bodies.assignments().size(), "partial", Messages.text(bodies.partialReturns()
                            ? "plan.partialReturns.yes" : "plan.partialReturns.no")));
        } else {
            Console.OUT.println(Messages.text("plan.summary.noAssessors"));
        }
        var r = s.scoring();
        Console.OUT.println(Messages.text("plan.summary.rules", "quota",
                Numbers.plain(r.quota().movePointRight(2)), "rounding", r.rounding().label(),
                "tie", r.tieAtCut().label(), "grades", r.gradeBands().stream()
                        .map(b -> Messages.text("plan.summary.band", "grade", b.grade(), "min", b.minScore().toPlainString()))
                        .collect(Lists.series())));
    }
}
