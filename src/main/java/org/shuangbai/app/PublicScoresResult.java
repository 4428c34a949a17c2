package org.shuangbai.app;

import java.nio.file.Path;
import java.util.List;

import org.shuangbai.evaluation.EvaluationRules;
import org.shuangbai.evaluation.PublicScores;
import org.shuangbai.ledger.ImportRecord;

/** The current 公共评议 scores, the rules they follow, the imports they rest on and the files written. */
public record PublicScoresResult(EvaluationRules rules, PublicScores scores, List<ImportRecord> imports, List<Path> files,
                                 List<String> rulesText) {
    public PublicScoresResult {
        imports = List.copyOf(imports);
        files = List.copyOf(files);
        rulesText = List.copyOf(rulesText);
    }

    public long scored() {
        return scores.all().stream().filter(s -> !s.owed()).count();
    }

    public long owed() {
        return scores.all().stream().filter(s -> s.owed()).count();
    }

    public long stale() {
        return scores.all().stream().filter(s -> s.stale()).count();
    }

    /** How many units and indicators have a score and how many are owed (and stale), as sentences. */
    public List<String> summary() {
        List<String> out = new java.util.ArrayList<>();
        out.add(org.shuangbai.text.Messages.text("evaluation.cli.scores", "units", scores.all().stream()
                .map(p -> p.unitCode()).distinct().count(), "indicators", rules.indicators().size(),
                "scored", scored(), "owed", owed()));
        if (stale() > 0) {
            out.add(org.shuangbai.text.Messages.text("evaluation.cli.stale", "count", stale()));
        }
        return out;
    }
}
