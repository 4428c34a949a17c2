package org.shuangbai.cli;

import java.nio.file.Path;

import org.shuangbai.Workspace;
import org.shuangbai.app.Office;

import picocli.CommandLine.Option;

/** The --workspace option every command shares (a picocli mixin). */
public class WorkspaceOption {
    @Option(names = {"-w", "--workspace"}, paramLabel = "DIR", descriptionKey = "workspace")
    Path workspace = Path.of("");

    public Workspace get() {
        return new Workspace(workspace);
    }

    /** The workspace as the application layer's facade (its own message texts take effect). */
    public Office office() {
        return Office.open(get());
    }
}
