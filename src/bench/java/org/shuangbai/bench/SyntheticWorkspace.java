package org.shuangbai.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.shuangbai.Defaults;
import org.shuangbai.Workspace;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.PlanException;
import org.shuangbai.plan.PlanLoader;
import org.shuangbai.plan.UnitGroup;

import com.opencsv.CSVWriter;

/**
 * A workspace holding the bundled plan with its unit list replaced by N synthetic units (half
 * 街乡, half 委办局), so every command runs on it exactly as on a real year's plan: same indicator
 * systems, vetoes, lists and settings; only the number of units grows.
 */
public final class SyntheticWorkspace {
    private SyntheticWorkspace() {
    }

    /** Creates {@code dir} as a workspace with N units and returns it; the plan is loaded to prove it valid. */
    public static Workspace create(Path dir, int units) throws IOException {
        Files.createDirectories(dir);
        for (String folder : new String[] {"input/plan", "templates", "reports"}) {
            if (!Files.exists(dir.resolve(folder))) {
                Defaults.copy(folder, dir);
            }
        }
        Files.createDirectories(dir.resolve("input/returned"));
        Files.createDirectories(dir.resolve("output"));
        Workspace workspace = new Workspace(dir);
        writeUnits(workspace.planDir().resolve("units.csv"), units);
        load(workspace);
        return workspace;
    }

    public static Plan load(Workspace workspace) {
        try {
            return PlanLoader.load(workspace.planDir());
        } catch (PlanException e) {
            throw new IllegalStateException("synthetic plan invalid: " + e.problems(), e);
        }
    }

    /** The synthetic units: codes S00001.. and D00001.., names numbered so they stay unique. */
    public static List<AssessedUnit> units(int n) {
        int streets = (n + 1) / 2;
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> {
            boolean street = i < streets;
            int k = street ? i + 1 : i - streets + 1;
            return street
                    ? new AssessedUnit(String.format("S%05d", k), String.format("合成第%05d街道办事处", k), UnitGroup.STREET, "街道办事处")
                    : new AssessedUnit(String.format("D%05d", k), String.format("区合成第%05d局", k), UnitGroup.DEPARTMENT, "委办局");
        }).toList();
    }

    private static void writeUnits(Path file, int n) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVWriter csv = new CSVWriter(w)) {
            w.write('\uFEFF');
            csv.writeNext(new String[] {"代码", "名称", "分组", "类型"}, false);
            for (AssessedUnit u : units(n)) {
                csv.writeNext(new String[] {u.code(), u.name(), u.group().label(), u.kind()}, false);
            }
        }
    }
}
