package org.shuangbai.forms;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.shuangbai.Parallel;
import org.shuangbai.Workspace;
import org.shuangbai.plan.Assessor;
import org.shuangbai.plan.Plan;

/**
 * Writes the assessing bodies' workbooks (评分单位评分表) of a workspace into
 * {@code output/distribution/评分单位/}, file names from {@code templates/filename.vm} (its {@code unit} is the
 * body). A body's workbook holds every unit it scores, so there are few of them, each unique: POI builds a
 * sample of its rows and the rest are written from it ({@link BodyPackages}), the same bytes as the full build.
 */
public final class BodyDistribution {
    private final Workspace workspace;
    private final Plan plan;
    private final FormTexts texts;
    private final BodyPackages packages;

    public BodyDistribution(Workspace workspace, Plan plan) throws IOException {
        this.workspace = workspace;
        this.plan = plan;
        this.texts = FormTexts.load(workspace);
        FormSigner signer = new FormSigner(WorkspaceKey.loadOrCreate(workspace));
        this.packages = new BodyPackages(WorkbookGenerator.forPlan(texts, signer, plan), signer,
                BodyScoresLayout.FIRST_UNIT_ROW);
    }

    /**
     * Writes the workbooks of the given bodies, spread over the machine's cores; returns how many.
     * {@code written} may be called from several threads.
     */
    public int generate(List<Assessor> bodies, Consumer<Path> written) throws IOException {
        return Parallel.map(bodies, body -> {
            Path file = file(body);
            WorkbookGenerator.write(packages.workbook(FormLayouts.build(plan, body, texts)), file);
            written.accept(file);
            return file;
        }).size();
    }

    /** Where a body's workbook goes: always inside output/distribution/. */
    public Path file(Assessor body) {
        return Distribution.inside(workspace,
                folder().resolve(SafeFileName.of(texts.fileName(FormLayouts.variables(plan, body)), ".xlsx")));
    }

    /** The folder of the bodies' workbooks. */
    public Path folder() {
        return workspace.distributionDir().resolve(SafeFileName.of(texts.text("body.folder", java.util.Map.of()), ""));
    }

    /** How many workbooks so far were written by expanding a sample of their rows rather than built in full. */
    public int expanded() {
        return packages.expanded();
    }

    public FormTexts texts() {
        return texts;
    }
}
