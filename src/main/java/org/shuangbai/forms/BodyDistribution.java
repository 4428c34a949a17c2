package org.shuangbai.forms;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.shuangbai.Workspace;
import org.shuangbai.plan.Assessor;
import org.shuangbai.plan.Plan;

/**
 * Writes the assessing bodies' workbooks (评分单位评分表) of a workspace into
 * {@code output/distribution/评分单位/}, file names from {@code templates/filename.vm} (its {@code unit} is the
 * body). A body's workbook holds every unit it scores, so there are few of them and each is built in full.
 */
public final class BodyDistribution {
    private final Workspace workspace;
    private final Plan plan;
    private final FormTexts texts;
    private final WorkbookGenerator generator;

    public BodyDistribution(Workspace workspace, Plan plan) throws IOException {
        this.workspace = workspace;
        this.plan = plan;
        this.texts = FormTexts.load(workspace);
        FormSigner signer = new FormSigner(WorkspaceKey.loadOrCreate(workspace));
        this.generator = new WorkbookGenerator(texts, signer, signer.protectionPassword(plan.settings().planCode()));
    }

    /**
     * Writes the workbooks of the given bodies, one after another (a body of 10,000 units is a large
     * workbook: two at once would double the memory for little gain); returns how many.
     */
    public int generate(List<Assessor> bodies, Consumer<Path> written) throws IOException {
        for (Assessor body : bodies) {
            Path file = file(body);
            generator.write(FormLayouts.build(plan, body, texts), file);
            written.accept(file);
        }
        return bodies.size();
    }

    /** Where a body's workbook goes: always inside output/distribution/. */
    public Path file(Assessor body) {
        Path root = workspace.distributionDir();
        Path file = folder().resolve(SafeFileName.of(texts.fileName(FormLayouts.variables(plan, body)), ".xlsx"));
        if (!file.normalize().startsWith(root)) {
            throw new IllegalStateException("file name escapes " + root + ": " + file);
        }
        return file;
    }

    /** The folder of the bodies' workbooks. */
    public Path folder() {
        return workspace.distributionDir().resolve(SafeFileName.of(texts.text("body.folder", java.util.Map.of()), ""));
    }

    public FormTexts texts() {
        return texts;
    }
}
