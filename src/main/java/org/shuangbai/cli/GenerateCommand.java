package org.shuangbai.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.shuangbai.app.GenerateForms;
import org.shuangbai.app.GenerateRequest;
import org.shuangbai.app.GenerateResult;
import org.shuangbai.plan.FormKind;
import org.shuangbai.text.Messages;

import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `generate`: writes the three distributed workbooks for every unit and every body's workbook, or those named. */
@Command(name = "generate", mixinStandardHelpOptions = true)
public final class GenerateCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--unit", paramLabel = "CODE", descriptionKey = "unit")
    List<String> unitCodes = new ArrayList<>();

    @Option(names = "--form", paramLabel = "FORM", descriptionKey = "form")
    String form;

    @Option(names = "--body", paramLabel = "CODE", descriptionKey = "body")
    List<String> bodyCodes = new ArrayList<>();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<FormKind> kinds = List.of();
        if (form != null) {
            var kind = FormKind.fromOption(form.strip());
            if (kind.isEmpty()) {
                Console.ERR.println(Messages.text("generate.unknownForm", "form", form));
                spec.commandLine().usage(Console.ERR);
                return ExitCode.USAGE;
            }
            kinds = List.of(kind.get());
        }
        try (Bar bar = new Bar()) {
            GenerateResult r = workspace.office().generate(new GenerateRequest(unitCodes, kinds, bodyCodes), bar);
            Console.OUT.println(Messages.text("generate.done", "units", r.units(), "bodies", r.bodies(),
                    "workbooks", r.workbooks(), "folder", r.folder()));
        }
        return ExitCode.OK;
    }

    /** A progress bar in a terminal, when there are enough workbooks for one to help. */
    private static final class Bar implements GenerateForms.Progress, AutoCloseable {
        private ProgressBar bar;

        @Override
        public void started(int workbooks) {
            bar = Progress.bar(Messages.text("generate.progress"), workbooks, Messages.text("generate.progress.unit"));
        }

        @Override
        public void wrote() {
            if (bar != null) {
                bar.step();
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
