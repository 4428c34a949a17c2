package org.shuangbai.plan;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;

import org.shuangbai.text.Lists;
import org.shuangbai.text.Messages;

/**
 * A plan table read with OpenCSV: a header row naming the columns, then records that remember the
 * line they start on so that every problem can name it. Problems are collected, never thrown. Columns
 * are found by their header word ({@link PlanColumn}), in any order.
 */
final class CsvTable {
    record Row(int line, Map<PlanColumn, String> cells) {
        String get(PlanColumn column) {
            String v = cells.get(column);
            return v == null ? "" : v.trim();
        }
    }

    private final String fileName;
    private final List<Row> rows;

    private CsvTable(String fileName, List<Row> rows) {
        this.fileName = fileName;
        this.rows = rows;
    }

    String fileName() {
        return fileName;
    }

    List<Row> rows() {
        return rows;
    }

    /**
     * Reads {@code dir/fileName}. Returns an empty table (and records why) when the file is missing,
     * unreadable, not UTF-8, or its header lacks a required column or has an unknown one.
     */
    static CsvTable read(Path dir, String fileName, List<PlanColumn> required, List<PlanColumn> optional,
                         List<PlanProblem> problems) {
        Path file = dir.resolve(fileName);
        List<Row> rows = new ArrayList<>();
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader in = new InputStreamReader(Files.newInputStream(file), decoder);
             CSVReader csv = new CSVReader(in)) {
            String[] header = csv.readNext();
            if (header == null) {
                problems.add(new PlanProblem(fileName, 0, null, Messages.text("plan.problem.csv.empty")));
                return new CsvTable(fileName, rows);
            }
            List<PlanColumn> names = new ArrayList<>();
            boolean headerOk = true;
            for (int i = 0; i < header.length; i++) {
                String name = header[i].replace("\uFEFF", "").trim();
                PlanColumn column = find(required, name);
                if (column == null) {
                    column = find(optional, name);
                }
                names.add(column);
                if (column == null) {
                    problems.add(new PlanProblem(fileName, 1,
                            name.isEmpty() ? Messages.text("plan.problem.csv.nthColumn", "n", i + 1) : name,
                            Messages.text("plan.problem.csv.unknownColumn", "column", name, "required",
                                    required.stream().map(PlanColumn::label).collect(Lists.enumerating()))));
                    headerOk = false;
                }
            }
            for (PlanColumn col : required) {
                if (!names.contains(col)) {
                    problems.add(new PlanProblem(fileName, 1, col.label(),
                            Messages.text("plan.problem.csv.missingColumn", "column", col.label())));
                    headerOk = false;
                }
            }
            if (!headerOk) {
                return new CsvTable(fileName, rows);
            }
            long linesBefore = csv.getLinesRead();
            String[] record;
            while ((record = csv.readNext()) != null) {
                int line = (int) linesBefore + 1;
                linesBefore = csv.getLinesRead();
                if (record.length == 1 && record[0].isBlank()) {
                    continue;
                }
                Map<PlanColumn, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < names.size(); i++) {
                    cells.put(names.get(i), i < record.length ? record[i] : "");
                }
                if (record.length > names.size()) {
                    problems.add(new PlanProblem(fileName, line, null,
                            Messages.text("plan.problem.csv.tooManyFields", "fields", record.length)));
                }
                rows.add(new Row(line, cells));
            }
        } catch (NoSuchFileException e) {
            problems.add(new PlanProblem(fileName, 0, null, Messages.text("plan.problem.csv.fileMissing", "path", file)));
        } catch (CharacterCodingException e) {
            problems.add(new PlanProblem(fileName, 0, null, Messages.text("plan.problem.csv.notUtf8")));
        } catch (IOException | CsvValidationException | RuntimeException e) {
            problems.add(new PlanProblem(fileName, 0, null,
                    Messages.text("plan.problem.csv.unreadable", "error", e.getMessage())));
        }
        return new CsvTable(fileName, rows);
    }

    private static PlanColumn find(List<PlanColumn> columns, String header) {
        return columns.stream().filter(c -> c.isNamedBy(header)).findFirst().orElse(null);
    }
}
