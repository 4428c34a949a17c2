package org.shuangbai.evaluation;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The header of one export format (a row of public-columns.csv): for each field, the column title the
 * exporting system writes. A file matches when its header has every one of these titles, in any order
 * and beside any other columns.
 *
 * @param channels the channels this format carries; several only with a {@link ImportField#CHANNEL} column
 * @param line     the row of public-columns.csv, for messages
 */
public record ColumnMapping(List<String> channels, Map<ImportField, String> headers, int line) {

    public ColumnMapping {
        channels = List.copyOf(channels);
        headers = java.util.Collections.unmodifiableMap(new EnumMap<>(headers));
    }

    public String header(ImportField field) {
        return headers.get(field);
    }

    /** Whether a file's header row has every title of this format. */
    public boolean matches(Collection<String> header) {
        return header.containsAll(headers.values());
    }
}
