package org.shuangbai.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.shuangbai.Parallel;
import org.shuangbai.Workspace;
import org.shuangbai.app.IngestSummary;
import org.shuangbai.app.Intake;
import org.shuangbai.forms.BodyDistribution;
import org.shuangbai.forms.FormLayout;
import org.shuangbai.forms.FormLayouts;
import org.shuangbai.forms.FormTexts;
import org.shuangbai.forms.SampleFiller;
import org.shuangbai.plan.Assessor;
import org.shuangbai.plan.Plan;

/**
 * The assessing bodies' workbooks (issue 13) at N units: each of the bundled plan's bodies gets one workbook
 * of all the units it scores (a 检查组 half of them), so the work grows with N like the unit forms'. The
 * baselines are the same as for the unit forms: plain XSSF writing the same cells, POI's SAX reader pulling
 * the same input cells. A warm-up's smaller share is a share of the bodies.
 */
final class BodyWorkloads {
    private BodyWorkloads() {
    }

    /** The first bodies for a share of the work: all at N units, proportionally fewer in a warm-up. */
    private static List<Assessor> share(Plan plan, int units) {
        List<Assessor> all = plan.assessors().bodies();
        int k = (int) Math.max(1, Math.min(all.size(), (long) all.size() * units / plan.units().size()));
        return all.subList(0, k);
    }

    /** Every body's layout, in file order: what the baselines write and read. */
    private static List<FormLayout> layouts(Workspace workspace, Plan plan) {
        FormTexts texts = FormTexts.load(workspace);
        return plan.assessors().bodies().stream().map(b -> FormLayouts.build(plan, b, texts)).toList();
    }

    /** {@code BodyDistribution.generate}: every body's workbook, signed, written whole. */
    static final class Generate extends PlanWorkload {
        private int written;
        private int expanded;

        Generate(Workspace workspace) {
            super(workspace, Workspace::distributionDir);
        }

        @Override
        public void run(int n) throws Exception {
            BodyDistribution distribution = new BodyDistribution(workspace, plan);
            written = distribution.generate(share(plan, n), p -> { });
            expanded = distribution.expanded();
        }

        @Override
        public String note() {
            return expanded + " of " + written + " bodies' workbooks expanded from a sample of their rows";
        }
    }

    /** Plain XSSF writing the cells of every body's layout, bodies spread over the cores the JVM sees. */
    static final class GenerateBaseline implements Workload {
        private final Workspace workspace;
        private final Path out;
        private Plan plan;
        private final List<FormLayout> layouts = new ArrayList<>();

        GenerateBaseline(Workspace workspace, Path out) {
            this.workspace = workspace;
            this.out = out;
        }

        @Override
        public void prepare(int n) {
            plan = SyntheticWorkspace.load(workspace);
            layouts.addAll(layouts(workspace, plan));
        }

        @Override
        public void reset() throws Exception {
            Folders.empty(out);
        }

        @Override
        public void run(int n) throws Exception {
            List<FormLayout> some = layouts.subList(0, share(plan, n).size());
            Parallel.map(some, l -> {
                Path file = out.resolve(l.identity().unitCode() + ".xlsx");
                PoiBaseline.write(l, file);
                return file;
            });
        }
    }

    /** Not timed: every body's workbook generated and filled with the sample scores, into the returned folder. */
    static final class Prepare implements Workload {
        private final Workspace workspace;
        private final Path returned;
        private Plan plan;

        Prepare(Workspace workspace, Path returned) {
            this.workspace = workspace;
            this.returned = returned;
        }

        @Override
        public void prepare(int n) {
            plan = SyntheticWorkspace.load(workspace);
        }

        @Override
        public void reset() throws Exception {
            Folders.empty(returned);
        }

        @Override
        public void run(int n) throws Exception {
            BodyDistribution distribution = new BodyDistribution(workspace, plan);
            SampleFiller filler = new SampleFiller(plan, distribution.texts());
            for (Assessor body : plan.assessors().bodies()) {
                distribution.generate(List.of(body), p -> { });
                Path generated = distribution.file(body);
                filler.fillSample(generated, returned.resolve(body.code() + ".xlsx"));
                Files.delete(generated);
            }
        }
    }

    /** {@code Intake.ingest} of the filled bodies' workbooks into a fresh ledger (deleted before each run). */
    static final class Ingest extends PlanWorkload {
        private final Path returned;
        private IngestSummary last;

        Ingest(Workspace workspace, Path returned) {
            super(workspace, Workspace::ledgerDir);
            this.returned = returned;
        }

        @Override
        public void run(int n) throws Exception {
            List<Path> files = share(plan, n).stream().map(b -> returned.resolve(b.code() + ".xlsx")).toList();
            last = RealWorkloads.acceptedAll(Intake.ingest(workspace, plan, files), files.size());
        }

        @Override
        public String note() {
            return last == null ? "" : "accepted " + last.accepted() + " bodies' workbooks";
        }
    }

    /** POI's SAX reader pulling the input cells out of each filled body's workbook; nothing else. */
    static final class IngestBaseline implements Workload {
        private final Workspace workspace;
        private final Path returned;
        private Plan plan;
        private final List<FormLayout> layouts = new ArrayList<>();
        private long valuesRead;

        IngestBaseline(Workspace workspace, Path returned) {
            this.workspace = workspace;
            this.returned = returned;
        }

        @Override
        public void prepare(int n) {
            plan = SyntheticWorkspace.load(workspace);
            layouts.addAll(layouts(workspace, plan));
        }

        @Override
        public void run(int n) throws Exception {
            List<FormLayout> some = layouts.subList(0, share(plan, n).size());
            valuesRead = Parallel.map(some, l -> PoiBaseline.readInputs(l,
                    returned.resolve(l.identity().unitCode() + ".xlsx")).size())
                    .stream().mapToLong(Integer::longValue).sum();
        }

        @Override
        public String note() {
            return "read " + valuesRead + " values";
        }
    }
}
