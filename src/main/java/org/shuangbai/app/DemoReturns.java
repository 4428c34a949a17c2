package org.shuangbai.app;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.shuangbai.Parallel;
import org.shuangbai.Workspace;
import org.shuangbai.forms.BodyDistribution;
import org.shuangbai.forms.CellSpec;
import org.shuangbai.forms.DemoSamples;
import org.shuangbai.forms.Distribution;
import org.shuangbai.forms.FormLayouts;
import org.shuangbai.forms.SampleFiller;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Assessor;
import org.shuangbai.plan.FieldKey;
import org.shuangbai.plan.FieldKey.FormField;
import org.shuangbai.plan.FieldKey.IndicatorField;
import org.shuangbai.plan.FieldKey.IndicatorPart;
import org.shuangbai.plan.FieldKey.UnitIndicatorField;
import org.shuangbai.plan.FormKind;
import org.shuangbai.plan.Plan;
import org.shuangbai.text.Messages;

/**
 * The demo's synthetic returns: the generated workbooks filled as units would fill them and put in
 * input/returned/, with the imperfections of real returns — a few forms missing, a second assessor for
 * some units, and a score sheet with a score above the maximum that must be rejected. Where the plan has
 * assessing bodies, each body's workbook is filled too (units' sheets then carry self scores only), and one
 * body sends a redraft with a score above the maximum, refused naming the unit and indicator.
 */
final class DemoReturns {
    /** Units (by position) that "forget" a form, so that the reminder list has something to show. */
    private static final int[] MISSING_REGISTRATION = {4, 50};
    private static final int[] MISSING_LEDGER = {17};
    /** Every n-th unit also gets a second assessor's score sheet (多元评议). */
    private static final int SECOND_ASSESSOR_EVERY = 5;

    private final Plan plan;
    private final Workspace demo;
    private final Distribution distribution;
    private final SampleFiller filler;
    private final BodyDistribution bodies;

    DemoReturns(Plan plan, Workspace demo) throws IOException {
        this.plan = plan;
        this.demo = demo;
        this.distribution = new Distribution(demo, plan);
        this.bodies = new BodyDistribution(demo, plan);
        this.filler = new SampleFiller(plan, distribution.texts(), DemoSamples.load(demo));
    }

    /** Fills every unit's returns; returns how many files were put in input/returned/. */
    int fill() throws IOException {
        List<Integer> positions = IntStream.range(0, plan.units().size()).boxed().toList();
        // Units are independent (own files, a stateless filler): filled on all cores.
        List<Integer> counts = Parallel.map(positions, this::fillUnit);
        return counts.stream().mapToInt(Integer::intValue).sum() + fillBodies();
    }

    /** Every body's workbook filled; the second body also sends a redraft with a score above the maximum. */
    private int fillBodies() throws IOException {
        List<Assessor> all = plan.assessors().bodies();
        // bodies are independent too (own files): on all cores, as the units
        List<Integer> counts = Parallel.map(IntStream.range(0, all.size()).boxed().toList(),
                i -> fillBody(all.get(i), i == 1));
        return counts.stream().mapToInt(Integer::intValue).sum();
    }

    private int fillBody(Assessor body, boolean redraft) throws IOException {
        Path blank = bodies.file(body);
        Path folder = demo.returnedDir().resolve(blank.getParent().getFileName());
        filler.fillSample(blank, folder.resolve(blank.getFileName()));
        if (!redraft) {
            return 1;
        }
        FieldKey first = FormLayouts.build(plan, body, distribution.texts()).inputs()
                .map(CellSpec::key).filter(k -> k instanceof UnitIndicatorField f
                        && f.part() == IndicatorPart.SCORE).findFirst().orElseThrow();
        String name = blank.getFileName().toString();
        int dot = name.lastIndexOf('.');
        filler.fillSample(blank, folder.resolve(name.substring(0, dot)
                + Messages.text("demo.secondAssessor.redraft") + name.substring(dot)), Map.of(first, "99"));
        return 2;
    }

    private int fillUnit(int i) throws IOException {
        AssessedUnit unit = plan.units().get(i);
        Path folder = demo.returnedDir().resolve(distribution.file(unit, FormKind.SCORE).getParent().getFileName());
        int count = 0;
        for (FormKind kind : FormKind.unitForms()) {
            if ((kind == FormKind.REGISTRATION && contains(MISSING_REGISTRATION, i))
                    || (kind == FormKind.LEDGER && contains(MISSING_LEDGER, i))) {
                continue;
            }
            Path blank = distribution.file(unit, kind);
            filler.fillSample(blank, folder.resolve(blank.getFileName()));
            count++;
        }
        // a second assessor's score sheet only where the units' sheets are scored (no bodies)
        if (!plan.assessors().active() && i % SECOND_ASSESSOR_EVERY == 0) {
            Path blank = distribution.file(unit, FormKind.SCORE);
            Map<FieldKey, String> values = secondAssessor(unit);
            String panel = Messages.text("demo.secondAssessor.unit");
            filler.fill(blank, folder.resolve(panel + "_" + blank.getFileName()), values);
            count++;
            if (i == SECOND_ASSESSOR_EVERY * 2) {
                // A wrongly filled sheet: the same assessor's file with a score above the maximum.
                Map<FieldKey, String> wrong = new LinkedHashMap<>(values);
                wrong.put(FieldKey.score(plan.indicators().findFirst().orElseThrow().code()), "99");
                filler.fill(blank, folder.resolve(panel + Messages.text("demo.secondAssessor.redraft") + "_"
                        + blank.getFileName()), wrong);
                count++;
            }
        }
        return count;
    }

    /** Another assessor's sheet: the sample scores, half a point lower where that stays within range. */
    private Map<FieldKey, String> secondAssessor(AssessedUnit unit) {
        Map<FieldKey, String> values = filler.sampleValues(FormLayouts.build(plan, unit, FormKind.SCORE,
                distribution.texts()));
        values.replaceAll((field, value) -> {
            if (field instanceof IndicatorField f && f.part() == IndicatorPart.SCORE) {
                BigDecimal lower = new BigDecimal(value).subtract(new BigDecimal("0.5"));
                return lower.signum() >= 0 ? lower.stripTrailingZeros().toPlainString() : value;
            }
            return value;
        });
        List<String> assessors = plan.list(Plan.LIST_ASSESSORS);
        String panel = Messages.text("demo.secondAssessor.unit");
        values.put(FormField.ASSESSOR_UNIT, assessors.contains(panel) ? panel : assessors.get(assessors.size() - 1));
        values.put(FormField.ASSESSOR_NAME, Messages.text("demo.secondAssessor.name"));
        return values;
    }

    private static boolean contains(int[] positions, int i) {
        for (int p : positions) {
            if (p == i) {
                return true;
            }
        }
        return false;
    }
}
