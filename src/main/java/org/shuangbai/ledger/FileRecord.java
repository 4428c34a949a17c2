package org.shuangbai.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.shuangbai.plan.FormKind;
import org.shuangbai.intake.Problem;
import org.shuangbai.intake.Verdict;

/**
 * A received file as the ledger keeps it (accepted or rejected; duplicates and skipped files are not
 * recorded).
 *
 * @param id           ingest order: a higher id was received later
 * @param form         null when the file carried no readable identity
 * @param submissionId for an accepted file, its submission; null otherwise
 * @param supersededBy for an accepted file replaced by a newer one, the newer file's id; null otherwise
 */
public record FileRecord(long id, String sha256, String originalPath, String fileName, long size, String fileType,
                         Instant receivedAt, Verdict verdict, String planCode, Integer planYear, String unitCode,
                         FormKind form, String assessor, Long submissionId, Long supersededBy,
                         List<Problem> problems) {
    public FileRecord {
        problems = List.copyOf(problems);
    }

    /** True for the accepted file whose values are current. */
    public boolean current() {
        return submissionId != null && supersededBy == null;
    }

    public Optional<FormKind> formKind() {
        return Optional.ofNullable(form);
    }
}
