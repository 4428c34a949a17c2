package org.shuangbai.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.shuangbai.Workspace;
import org.shuangbai.forms.FormKind;
import org.shuangbai.forms.FormLayout;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Plan;

/** Writes one filled score workbook per unit into the returned folder: the input of the ingest cases. */
final class FilledReturns implements Workload {
    private final Workspace workspace;
    private final Path returned;
    private Plan plan;

    FilledReturns(Workspace workspace, Path returned) {
        this.workspace = workspace;
        this.returned = returned;
    }

    @Override
    public void prepare(int units) {
        plan = SyntheticWorkspace.load(workspace);
    }

    @Override
    public void reset() throws Exception {
        Folders.deleteTree(returned);
        Files.createDirectories(returned);
    }

    @Override
    public void run(int units) throws Exception {
        List<AssessedUnit> list = plan.units();
        Parallel.forEach(units, 2, i -> {
            AssessedUnit unit = list.get(i);
            FormLayout layout = Layouts.of(plan, unit, FormKind.SCORE);
            Path file = returned.resolve(unit.code() + "-score.xlsx");
            PoiBaseline.write(layout, file);
            PoiBaseline.fill(layout, file);
        });
    }
}
