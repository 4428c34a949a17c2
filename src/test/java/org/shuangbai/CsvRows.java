package org.shuangbai;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.opencsv.CSVReader;

/** The rows of a CSV file the program wrote (UTF-8 with BOM, a header line), each as header → value. */
public final class CsvRows {
    private CsvRows() {
    }

    public static List<Map<String, String>> read(Path csv) throws Exception {
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8); CSVReader reader = new CSVReader(in)) {
            String[] header = reader.readNext();
            header[0] = header[0].replace("\uFEFF", "");
            for (String[] r; (r = reader.readNext()) != null; ) {
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], r[i]);
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
