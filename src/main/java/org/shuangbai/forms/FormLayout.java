package org.shuangbai.forms;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.shuangbai.plan.FieldKey;

/**
 * The content contract of one distributed workbook, derived from the plan alone (no POI here): the
 * generator writes it, intake reads returned files by it, and the signature covers its LABEL cells
 * (in the order of {@link #labels()}). The same plan, unit and form always give the same layout.
 *
 * @param sheets  the visible sheets in order (the first is the instruction sheet)
 * @param cells   every meaningful cell, sheet by sheet in row-major order
 * @param formats presentation of each visible sheet (same order as {@code sheets}); may be empty
 */
public record FormLayout(FormIdentity identity, List<String> sheets, List<CellSpec> cells, List<SheetFormat> formats) {
    public FormLayout {
        sheets = List.copyOf(sheets);
        cells = List.copyOf(cells);
        formats = List.copyOf(formats);
    }

    public FormLayout(FormIdentity identity, List<String> sheets, List<CellSpec> cells) {
        this(identity, sheets, cells, List.of());
    }

    public Stream<CellSpec> labels() {
        return cells.stream().filter(c -> c.role() == CellRole.LABEL);
    }

    public Stream<CellSpec> inputs() {
        return cells.stream().filter(c -> c.role() == CellRole.INPUT);
    }

    public Stream<CellSpec> formulas() {
        return cells.stream().filter(c -> c.role() == CellRole.FORMULA);
    }

    /** The INPUT or FORMULA cell holding this field. */
    public Optional<CellSpec> field(FieldKey key) {
        return cells.stream().filter(c -> key.equals(c.key())).findFirst();
    }

    /** The cell of a field given by its stored text form (what exports and tests name). */
    public Optional<CellSpec> field(String keyText) {
        return FieldKey.parse(keyText).flatMap(this::field);
    }

    /** A LABEL cell by its descriptive id. */
    public Optional<CellSpec> label(String labelId) {
        return cells.stream().filter(c -> labelId.equals(c.labelId())).findFirst();
    }

    /** The LABEL cells as the signature covers them, in layout order. */
    public List<LockedCell> lockedCells() {
        return labels().map(LockedCell::of).toList();
    }

    public Optional<SheetFormat> format(String sheet) {
        return formats.stream().filter(f -> f.sheet().equals(sheet)).findFirst();
    }
}
