package org.shuangbai.forms;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The content contract of one distributed workbook, derived from the plan alone (no POI here): the
 * generator writes it, intake reads returned files by it, and the signature covers its LABEL cells.
 * The same plan, unit and form always give the same layout.
 *
 * @param sheets the visible sheets in order (the first is the instruction sheet)
 */
public record FormLayout(FormIdentity identity, List<String> sheets, List<CellSpec> cells) {
    public FormLayout {
        sheets = List.copyOf(sheets);
        cells = List.copyOf(cells);
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

    public Optional<CellSpec> field(String field) {
        return cells.stream().filter(c -> field.equals(c.field())).findFirst();
    }
}
