package org.shuangbai.forms;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.Deflater;

/**
 * The assessing bodies' workbooks, row-templated: POI builds a body's workbook for a sample of its unit rows
 * (the first {@value #SAMPLE_ROWS} of each sheet, both zebra bands, and the first row that brings a cell
 * format or input rule the earlier ones lack), and {@link RowExpansion} writes every unit row from it. Each
 * body's workbook is unique (its own units and indicators), so {@link FormPackages}' per-unit patching does
 * not apply; its rows, though, are of few shapes.
 *
 * <p>Before expansion is used, it is proven, once per run for each shape of unit rows (their cell formats
 * and kinds of input rule): for the first body of that shape, POI's full build of a larger sample (the first
 * {@value #PROOF_ROWS} unit rows of each sheet besides) must equal, byte for byte, the expansion of the small
 * one to it. Otherwise, or when the expansion cannot be written, the workbook is built in full with POI, as
 * it always was. Either way the bytes are what {@link WorkbookGenerator#toBytes} writes. Safe from several
 * threads.
 */
final class BodyPackages {
    /** Unit rows of each sheet POI builds: two, for the plain and the banded shade. */
    static final int SAMPLE_ROWS = 2;
    /** Unit rows of each sheet the proof builds in full and by expansion. */
    static final int PROOF_ROWS = 7;

    private final WorkbookGenerator generator;
    private final FormSigner signer;
    private final int firstRow;
    private final ThreadLocal<Deflater> deflaters = ThreadLocal.withInitial(ZipParts::deflater);
    private final AtomicInteger expanded = new AtomicInteger();
    private final AtomicInteger built = new AtomicInteger();
    /** Per shape of unit rows: whether expanding a sample was proven to give POI's bytes. */
    private final Map<Shape, Boolean> proofs = new ConcurrentHashMap<>();

    /** @param firstRow the first unit row (0-based) of every sheet after the instructions */
    BodyPackages(WorkbookGenerator generator, FormSigner signer, int firstRow) {
        this.generator = generator;
        this.signer = signer;
        this.firstRow = firstRow;
    }

    /** The workbook of a body's layout, byte for byte what {@link WorkbookGenerator#toBytes} writes for it. */
    byte[] workbook(FormLayout layout) throws IOException {
        String signature = signer.sign(layout);
        FormLayout sample = sample(layout, SAMPLE_ROWS);
        if (sample.cells().size() < layout.cells().size()) {
            byte[] sampled = generator.toBytes(sample, signature);
            Deflater deflater = deflaters.get();
            Shape shape = Shape.of(sample, firstRow);
            Boolean proven = proofs.get(shape);
            if (proven == null) {
                FormLayout proof = sample(layout, PROOF_ROWS);
                byte[] full = generator.toBytes(proof, signature);
                byte[] expansion = RowExpansion.expand(proof, sample, sampled, firstRow, deflater);
                // a text this body alone has that the expansion does not write proves nothing either way
                proven = expansion != null && Arrays.equals(full, expansion);
                if (expansion != null) {
                    proofs.putIfAbsent(shape, proven);
                }
                if (proven && proof.cells().size() == layout.cells().size()) {
                    built.incrementAndGet();
                    return full;
                }
            }
            byte[] expansion = proven ? RowExpansion.expand(layout, sample, sampled, firstRow, deflater) : null;
            if (expansion != null) {
                expanded.incrementAndGet();
                return expansion;
            }
        }
        built.incrementAndGet();
        return generator.toBytes(layout, signature);
    }

    /**
     * What a proof covers: the cell formats and kinds of input rule in the unit rows. Bodies alike in these
     * share one proof; a body with a shade, a grey cell or a kind of rule the proven ones lack is proven anew.
     */
    private record Shape(Set<CellFormat> formats, Set<InputRule.Kind> rules) {
        static Shape of(FormLayout sample, int firstRow) {
            Set<CellFormat> formats = EnumSet.noneOf(CellFormat.class);
            Set<InputRule.Kind> rules = EnumSet.noneOf(InputRule.Kind.class);
            String first = sample.sheets().get(0);
            sample.cells().stream().filter(c -> c.row() >= firstRow && !c.sheet().equals(first)).forEach(c -> {
                formats.add(c.format());
                if (c.rule() != null) {
                    rules.add(c.rule().kind());
                }
            });
            return new Shape(formats, rules);
        }
    }

    private static boolean known(InputRule rule, Set<InputRule> rules, Set<InputRule> seen) {
        if (seen.contains(rule)) {
            return true;
        }
        if (rules.contains(rule)) {
            seen.add(rule);
            return true;
        }
        return false;
    }

    /** Workbooks written by expanding a sample so far. */
    int expanded() {
        return expanded.get();
    }

    /** Workbooks built in full with POI so far. */
    int built() {
        return built.get();
    }

    /**
     * The layout with only some unit rows on the sheets after the first: the first {@code leading} of each,
     * and any later one holding a cell format (in the workbook) or an input rule (on its sheet) that the
     * rows kept before it lack, so that the sample's styles and validations are the full layout's.
     */
    FormLayout sample(FormLayout layout, int leading) {
        List<CellSpec> cells = layout.cells();
        String first = layout.sheets().get(0);
        List<CellSpec> kept = new ArrayList<>();
        Map<String, Set<Integer>> keptRows = new HashMap<>();
        Set<CellFormat> formats = EnumSet.noneOf(CellFormat.class);
        Set<InputRule> rules = new HashSet<>();
        // the rows of a target share its rule object: asking by identity first spares hashing the rule per cell
        Set<InputRule> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        String sheet = null;
        int unitRows = 0;
        int i = 0;
        while (i < cells.size()) {
            CellSpec c = cells.get(i);
            int j = i + 1;
            while (j < cells.size() && cells.get(j).sheet().equals(c.sheet()) && cells.get(j).row() == c.row()) {
                j++;
            }
            List<CellSpec> row = cells.subList(i, j);
            if (!c.sheet().equals(sheet)) {
                sheet = c.sheet();
                unitRows = 0;
                rules.clear();
                seen.clear();
            }
            boolean unitRow = !sheet.equals(first) && c.row() >= firstRow;
            boolean keep = !unitRow || unitRows++ < leading
                    || row.stream().anyMatch(x -> !formats.contains(x.format()) || x.rule() != null && !known(x.rule(), rules, seen));
            if (keep) {
                kept.addAll(row);
                row.forEach(x -> {
                    formats.add(x.format());
                    if (x.rule() != null) {
                        rules.add(x.rule());
                        seen.add(x.rule());
                    }
                });
                keptRows.computeIfAbsent(sheet, k -> new HashSet<>()).add(c.row());
            }
            i = j;
        }
        List<SheetFormat> formatsKept = layout.formats().stream().map(f -> {
            Map<Integer, Float> heights = new HashMap<>(f.rowHeights());
            Set<Integer> rows = keptRows.getOrDefault(f.sheet(), Set.of());
            if (!f.sheet().equals(first)) {
                heights.keySet().removeIf(r -> r >= firstRow && !rows.contains(r));
            }
            return new SheetFormat(f.sheet(), f.landscape(), f.columnWidths(), heights, f.merged(), f.repeatFirstRow(),
                    f.repeatLastRow(), f.freezeRows(), f.printHeader(), f.printHeaderRight(), f.printFooter(),
                    f.rowBreaks(), f.wide(), f.repeatColumns(), f.freezeColumns());
        }).toList();
        return new FormLayout(layout.identity(), layout.sheets(), kept, formatsKept);
    }
}
