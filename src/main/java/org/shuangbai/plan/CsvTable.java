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

/**
 * A plan table read with OpenCSV: a header row naming the columns, then records that remember the
 * line they start on so that every problem can name it. Problems are collected, never thrown.
 */
final class CsvTable {
    record Row(int line, Map<String, String> cells) {
        String get(String column) {
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
    static CsvTable read(Path dir, String fileName, List<String> required, List<String> optional,
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
                problems.add(new PlanProblem(fileName, 0, null, "文件为空，缺少表头行。请按说明补齐表头和数据。"));
                return new CsvTable(fileName, rows);
            }
            List<String> names = new ArrayList<>();
            boolean headerOk = true;
            for (int i = 0; i < header.length; i++) {
                String name = header[i].replace("\uFEFF", "").trim();
                names.add(name);
                if (!required.contains(name) && !optional.contains(name)) {
                    problems.add(new PlanProblem(fileName, 1, name.isEmpty() ? "第" + (i + 1) + "列" : name,
                            "未知的列「" + name + "」。本表应有的列：" + String.join("、", required)
                                    + "。请删除该列或改正列名。"));
                    headerOk = false;
                }
            }
            for (String col : required) {
                if (!names.contains(col)) {
                    problems.add(new PlanProblem(fileName, 1, col, "缺少必需的列「" + col + "」。请在表头中补上该列。"));
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
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < names.size(); i++) {
                    cells.put(names.get(i), i < record.length ? record[i] : "");
                }
                if (record.length > names.size()) {
                    problems.add(new PlanProblem(fileName, line, null,
                            "本行有 " + record.length + " 个字段，比表头多。请检查是否有未加引号的逗号。"));
                }
                rows.add(new Row(line, cells));
            }
        } catch (NoSuchFileException e) {
            problems.add(new PlanProblem(fileName, 0, null, "找不到文件 " + file + "。请从默认方案复制该文件。"));
        } catch (CharacterCodingException e) {
            problems.add(new PlanProblem(fileName, 0, null, "文件不是 UTF-8 编码。请在 Excel 或 WPS 中另存为“CSV UTF-8（逗号分隔）”。"));
        } catch (IOException | CsvValidationException | RuntimeException e) {
            problems.add(new PlanProblem(fileName, 0, null, "无法读取文件：" + e.getMessage() + "。请检查文件是否损坏或被其他程序占用。"));
        }
        return new CsvTable(fileName, rows);
    }
}
