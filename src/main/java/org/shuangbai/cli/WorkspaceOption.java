package org.shuangbai.cli;

import java.nio.file.Path;

import org.shuangbai.Workspace;

import picocli.CommandLine.Option;

/** The --workspace option every command shares (a picocli mixin). */
public class WorkspaceOption {
    @Option(names = {"-w", "--workspace"}, paramLabel = "目录",
            description = "工作目录（默认：当前目录）。方案在 目录/input/plan，输出在 目录/output。")
    Path workspace = Path.of("");

    public Workspace get() {
        return new Workspace(workspace);
    }
}
