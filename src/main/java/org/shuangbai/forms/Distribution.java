package org.shuangbai.forms;

import org.shuangbai.plan.FormKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.shuangbai.Parallel;
import org.shuangbai.Workspace;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Plan;

/**
 * Writes the distributed workbooks of a workspace: one folder per unit under
 * {@code output/distribution/<code>_<name>/}, file names from {@code templates/filename.vm}. Each form's
 * package is built once with POI and patched per unit ({@link FormPackages}): the same bytes as
 * building every workbook in full, several times faster.
 */
public final class Distribution {
    private final Workspace workspace;
    private final Plan plan;
    private final FormTexts texts;
    private final FormPackages packages;

    public Distribution(Workspace workspace, Plan plan) throws IOException {
        this.workspace = workspace;
        this.plan = plan;
        this.texts = FormTexts.load(workspace);
        FormSigner signer = new FormSigner(WorkspaceKey.loadOrCreate(workspace));
        this.packages = new FormPackages(WorkbookGenerator.forPlan(texts, signer, plan), signer);
    }

    /** Generates the workbooks of the given units and forms; returns the files written, unit by unit. */
    public static List<Path> generate(Workspace workspace, Plan plan, List<AssessedUnit> units, List<FormKind> kinds)
            throws IOException {
        Distribution distribution = new Distribution(workspace, plan);
        distribution.generate(units, kinds, p -> { });
        List<Path> files = new ArrayList<>();
        for (AssessedUnit unit : units) {
            for (FormKind kind : kinds) {
                files.add(distribution.file(unit, kind));
            }
        }
        return files;
    }

    /**
     * Workbooks are independent, so units are spread over the machine's cores. Returns how many were
     * written, not which: a list of every path grew the heap with the number of units (7 MB at
     * 10,000; {@link #file} names any of them). {@code written} may be called from several threads.
     */
    public int generate(List<AssessedUnit> units, List<FormKind> kinds, Consumer<Path> written) throws IOException {
        return Parallel.map(units, unit -> {
            for (FormKind kind : kinds) {
                Path file = file(unit, kind);
                WorkbookGenerator.write(packages.workbook(FormLayouts.build(plan, unit, kind, texts)), file);
                written.accept(file);
            }
            return kinds.size();
        }).stream().mapToInt(Integer::intValue).sum();
    }

    /** Where the workbook of a unit and form goes; always inside output/distribution/. */
    public Path file(AssessedUnit unit, FormKind kind) {
        Path folder = workspace.distributionDir().resolve(SafeFileName.of(unit.code() + "_" + unit.name(), ""));
        return inside(workspace, folder.resolve(SafeFileName.of(texts.fileName(FormLayouts.variables(plan, unit, kind)),
                ".xlsx")));
    }

    /** The file, refused when its name leads out of output/distribution/ (names come from a template). */
    static Path inside(Workspace workspace, Path file) {
        Path root = workspace.distributionDir();
        if (!file.normalize().startsWith(root)) {
            throw new IllegalStateException("file name escapes " + root + ": " + file);
        }
        return file;
    }

    public FormTexts texts() {
        return texts;
    }

    /** How many workbooks so far were patched from a form's template rather than built in full with POI. */
    public int patched() {
        return packages.patched();
    }

    FormPackages packages() {
        return packages;
    }
}
