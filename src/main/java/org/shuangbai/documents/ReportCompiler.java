package org.shuangbai.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build-time step (exec-maven-plugin, phase process-classes): compiles every design in
 * reports/ once, so that rendering only loads precompiled .jasper files.
 */
public final class ReportCompiler {
    private ReportCompiler() {
    }

    public static void main(String[] args) throws IOException, JRException {
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        Files.createDirectories(target);
        List<Path> designs;
        try (Stream<Path> files = Files.list(source)) {
            designs = files.filter(p -> p.toString().endsWith(".jrxml")).sorted().toList();
        }
        for (Path design : designs) {
            String name = design.getFileName().toString().replaceFirst("\\.jrxml$", ".jasper");
            Path out = target.resolve(name);
            if (Files.exists(out) && Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(design)) >= 0) {
                continue;
            }
            JasperCompileManager.compileReportToFile(design.toString(), out.toString());
        }
    }
}
