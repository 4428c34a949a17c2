package org.shuangbai.intake;

import static org.shuangbai.MachineRequirement.require;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** LibreOffice headless as a real office client for tests; each run gets its own profile. */
public final class Soffice {
    private Soffice() {
    }

    public static String binary() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            for (String name : new String[] {"soffice", "libreoffice"}) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        return null;
    }

    /** Converts files to a format (xlsx, xls, ods) into outDir; skips the test when soffice is absent. */
    public static List<Path> convert(List<Path> files, String format, Path outDir) throws IOException,
            InterruptedException {
        String soffice = binary();
        require(soffice != null, "LibreOffice (soffice) is not installed: office round-trip test skipped");
        Files.createDirectories(outDir);
        Path profile = Files.createTempDirectory("shuangbai-lo-profile");
        List<String> cmd = new ArrayList<>(List.of(soffice, "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--norestore", "--convert-to", format, "--outdir", outDir.toString()));
        files.forEach(f -> cmd.add(f.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(outDir.resolve("soffice.log").toFile())
                .start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("soffice did not finish");
        }
        List<Path> out = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            Path converted = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + "." + format);
            if (!Files.exists(converted)) {
                throw new IOException("soffice did not convert " + f + ": " + Files.readString(outDir.resolve("soffice.log")));
            }
            out.add(converted);
        }
        Files.delete(outDir.resolve("soffice.log"));
        try (var walk = Files.walk(profile)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
        }
        return out;
    }
}
