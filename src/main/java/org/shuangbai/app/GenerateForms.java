package org.shuangbai.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.shuangbai.Workspace;
import org.shuangbai.forms.Distribution;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.FormKind;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.PlanException;
import org.shuangbai.text.Lists;
import org.shuangbai.text.Messages;

/** 下发: writes the distributed workbooks of the units and forms asked for. */
public final class GenerateForms {
    /** Told once before the first workbook and after each one. */
    public interface Progress {
        default void started(int workbooks) {
        }

        default void wrote() {
        }
    }

    private GenerateForms() {
    }

    public static GenerateResult run(Workspace workspace, GenerateRequest request, Progress progress)
            throws PlanException, IOException, UsageException {
        Plan plan = Plans.load(workspace);
        List<AssessedUnit> units = units(plan, request.unitCodes());
        List<FormKind> kinds = request.forms().isEmpty() ? List.of(FormKind.values()) : request.forms();
        Distribution distribution = new Distribution(workspace, plan);
        progress.started(units.size() * kinds.size());
        int files = distribution.generate(units, kinds, f -> progress.wrote());
        return new GenerateResult(units.size(), files, workspace.distributionDir());
    }

    /** The units named (each once, in the order given), or all of the plan's; unknown codes refused together. */
    static List<AssessedUnit> units(Plan plan, List<String> codes) throws UsageException {
        List<AssessedUnit> units = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String code : codes) {
            plan.unit(code.strip()).ifPresentOrElse(u -> {
                if (!units.contains(u)) {
                    units.add(u);
                }
            }, () -> unknown.add(code));
        }
        if (!unknown.isEmpty()) {
            throw new UsageException(Messages.text("generate.unknownUnits", "codes", Lists.enumeration(unknown)));
        }
        return units.isEmpty() ? plan.units() : units;
    }
}
