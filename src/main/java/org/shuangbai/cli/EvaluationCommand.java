package org.shuangbai.cli;

import java.util.concurrent.Callable;

import org.shuangbai.app.ShowPublicScores;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** `evaluation`: the 公共评议 scores from the imports in the ledger, with their sources and rules, to output/evaluation/. */
@Command(name = "evaluation", mixinStandardHelpOptions = true)
public final class EvaluationCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspaceOption;

    @Override
    public Integer call() throws Exception {
        var office = workspaceOption.office();
        ImportCommand.printScores(office.workspace(), ShowPublicScores.run(office.workspace()));
        return ExitCode.OK;
    }
}
