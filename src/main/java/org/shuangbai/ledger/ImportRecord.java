package org.shuangbai.ledger;

import java.time.Instant;
import java.util.List;

import org.shuangbai.evaluation.ImportCounts;
import org.shuangbai.tables.TextEncoding;

/**
 * One imported 公共评议 export as the ledger keeps it: where it came from, how it was read (format,
 * encoding, sheet, header line), its batch, where every row went, and whether a newer file of its
 * batch superseded it.
 *
 * @param supersededBy the id of the import that replaced it, or null while it is current
 */
public record ImportRecord(long id, String sha256, String originalPath, String fileName, long size, String format,
                           TextEncoding encoding, String sheet, String batch, Instant importedAt, String planCode,
                           String rulesFingerprint, long headerLine, long titleRows, List<String> channels,
                           ImportCounts counts, Long supersededBy) {

    public ImportRecord {
        channels = List.copyOf(channels);
    }

    public boolean current() {
        return supersededBy == null;
    }
}
