package org.shuangbai.app;

import java.util.List;

import org.shuangbai.text.Messages;

/** The result of one ingest run, file by file in processing order. */
public record IngestSummary(List<FileReport> files) {
    public IngestSummary {
        files = List.copyOf(files);
    }

    public long count(FileReport.Outcome outcome) {
        return files.stream().filter(f -> f.outcome() == outcome).count();
    }

    public long accepted() {
        return count(FileReport.Outcome.ACCEPTED);
    }

    public long rejected() {
        return count(FileReport.Outcome.REJECTED);
    }

    public long duplicates() {
        return count(FileReport.Outcome.DUPLICATE);
    }

    public long skipped() {
        return count(FileReport.Outcome.SKIPPED);
    }

    /** Files whose reading ran out of time (no verdict; read again by the next ingest). */
    public long notRead() {
        return count(FileReport.Outcome.NOT_READ);
    }

    /** Accepted files that replaced an earlier accepted submission. */
    public long superseded() {
        return files.stream().filter(f -> f.outcome() == FileReport.Outcome.ACCEPTED && f.earlier() != null).count();
    }

    /** True when every file was accepted or was a duplicate. */
    public boolean allTaken() {
        return rejected() == 0 && skipped() == 0 && notRead() == 0;
    }

    public String line() {
        String line = Messages.text("ingest.summary", "files", files.size(), "accepted", accepted(), "rejected",
                rejected(), "duplicates", duplicates(), "superseded", superseded(), "skipped", skipped());
        return notRead() == 0 ? line : line + Messages.text("ingest.summary.notRead", "count", notRead());
    }
}
