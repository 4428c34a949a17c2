package org.shuangbai.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.shuangbai.Workspace;
import org.shuangbai.forms.BodyDistribution;
import org.shuangbai.forms.Distribution;
import org.shuangbai.forms.OoxmlSchemas;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Assessor;
import org.shuangbai.plan.FormKind;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.PlanException;
import org.shuangbai.text.Lists;
import org.shuangbai.text.Messages;

/** 下发: writes the distributed workbooks of the units, forms and assessing bodies asked for. */
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
        OoxmlSchemas.loadAhead(); // beside the plan's loading and the forms' texts, before the first workbook
        Plan plan = Plans.load(workspace);
        boolean named = !request.unitCodes().isEmpty() || !request.bodyCodes().isEmpty();
        List<FormKind> asked = request.forms().isEmpty() ? List.of(FormKind.values()) : request.forms();
        List<FormKind> kinds = asked.stream().filter(k -> !k.heldByBody()).toList();
        List<AssessedUnit> units = named && request.unitCodes().isEmpty() ? List.of()
                : units(plan, request.unitCodes());
        List<Assessor> bodies = !asked.contains(FormKind.ASSESSOR) || (named && request.bodyCodes().isEmpty())
                ? List.of() : bodies(plan, request.bodyCodes(), !request.forms().isEmpty());
        if (kinds.isEmpty()) {
            units = List.of();
        }
        progress.started(units.size() * kinds.size() + bodies.size());
        int files = 0;
        if (!units.isEmpty()) {
            files += new Distribution(workspace, plan).generate(units, kinds, f -> progress.wrote());
        }
        if (!bodies.isEmpty()) {
            files += new BodyDistribution(workspace, plan).generate(bodies, f -> progress.wrote());
        }
        return new GenerateResult(units.size(), files, workspace.distributionDir(), bodies.size());
    }

    /**
     * The bodies' workbooks, all of the plan's, made on a thread of {@code side} (the demo makes them while it
     * imports the district task list, which only the units' 立项表 carries); the workspace's key and the forms'
     * texts are read here, before the thread starts. Then {@link #unitsBeside} makes the units' forms.
     */
    static Future<GenerateResult> bodiesBeside(Workspace workspace, Plan plan, ExecutorService side)
            throws IOException, UsageException {
        List<Assessor> bodies = bodies(plan, List.of(), false);
        BodyDistribution distribution = bodies.isEmpty() ? null : new BodyDistribution(workspace, plan);
        return side.submit(() -> new GenerateResult(0,
                distribution == null ? 0 : distribution.generate(bodies, f -> { }), workspace.distributionDir(),
                bodies.size()));
    }

    /** The units' forms, all of them, the bodies' workbooks made beside (see {@link #bodiesBeside}): one result. */
    static GenerateResult unitsBeside(Workspace workspace, Future<GenerateResult> bodies) throws Exception {
        List<FormKind> kinds = Stream.of(FormKind.values()).filter(k -> !k.heldByBody()).toList();
        GenerateResult units = run(workspace, new GenerateRequest(List.of(), kinds), new Progress() { });
        GenerateResult made;
        try {
            made = bodies.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception failure ? failure : e;
        }
        return new GenerateResult(units.units(), units.workbooks() + made.workbooks(), units.folder(), made.bodies());
    }

    /**
     * The bodies named (each once, in the order given), or all of the plan's; unknown codes refused together.
     * A plan without bodies has none to generate: an error only when the bodies' workbook was asked for by name.
     */
    static List<Assessor> bodies(Plan plan, List<String> codes, boolean askedFor) throws UsageException {
        if (!plan.assessors().active()) {
            if (askedFor || !codes.isEmpty()) {
                throw new UsageException(Messages.text("generate.noAssessors"));
            }
            return List.of();
        }
        List<Assessor> bodies = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String code : codes) {
            plan.assessors().body(code.strip()).ifPresentOrElse(b -> {
                if (!bodies.contains(b)) {
                    bodies.add(b);
                }
            }, () -> unknown.add(code));
        }
        if (!unknown.isEmpty()) {
            throw new UsageException(Messages.text("generate.unknownBodies", "codes", Lists.enumeration(unknown)));
        }
        return bodies.isEmpty() ? plan.assessors().bodies() : bodies;
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
