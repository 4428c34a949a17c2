package org.shuangbai.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.shuangbai.Parallel;
import org.shuangbai.Workspace;
import org.shuangbai.forms.Distribution;
import org.shuangbai.plan.FormKind;
import org.shuangbai.forms.FormTexts;
import org.shuangbai.forms.SampleFiller;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Plan;

/**
 * Writes one filled score workbook per unit into the returned folder, the input of both ingest
 * variants: generated and signed by the real generator with the workspace's key, then filled with
 * the sample answers the demo uses. Never timed.
 */
final class FilledReturns implements Workload {
    private final Workspace workspace;
    private final Path returned;
    private Plan plan;
    private Distribution distribution;
    private SampleFiller filler;

    FilledReturns(Workspace workspace, Path returned) {
        this.workspace = workspace;
        this.returned = returned;
    }

    @Override
    public void prepare(int units) throws Exception {
        plan = SyntheticWorkspace.load(workspace);
        distribution = new Distribution(workspace, plan);
        filler = new SampleFiller(plan, FormTexts.load(workspace));
    }

    @Override
    public void reset() throws Exception {
        Folders.empty(returned);
    }

    @Override
    public void run(int units) throws Exception {
        Parallel.map(plan.units().subList(0, units), unit -> {
            distribution.generate(List.of(unit), List.of(FormKind.SCORE), p -> { });
            Path generated = distribution.file(unit, FormKind.SCORE);
            Path filled = returned.resolve(unit.code() + "-score.xlsx");
            filler.fillSample(generated, filled);
            Files.delete(generated);
            return filled;
        });
    }
}
