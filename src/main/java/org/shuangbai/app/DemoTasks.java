package org.shuangbai.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.shuangbai.forms.DemoSamples;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.TaskColumn;
import org.shuangbai.tables.TableFiles;
import org.shuangbai.text.Lists;

/**
 * The demo's district task list, written as the district office would send it (CSV, units by name,
 * partners separated by 、) from the sample tasks of demo-samples.properties: each task led by one unit
 * and shared with up to two more, the units taken in turn so that most units have a task. Same plan,
 * same bytes.
 */
final class DemoTasks {
    /** Units per task: the lead and two partners. */
    private static final int UNITS_PER_TASK = 3;

    private DemoTasks() {
    }

    static Path write(Plan plan, DemoSamples samples, Path dir) throws IOException {
        List<String> tasks = samples.list("tasks");
        List<AssessedUnit> units = plan.units();
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            String[] sourceAndText = tasks.get(i).split("\\|", 2);
            int first = i * UNITS_PER_TASK;
            String lead = units.get(first % units.size()).name();
            // every third task has one partner only, every fifth none
            int partners = i % 5 == 4 ? 0 : i % 3 == 2 ? 1 : 2;
            List<String> shared = new ArrayList<>();
            for (int p = 1; p <= partners; p++) {
                shared.add(units.get((first + p) % units.size()).name());
            }
            rows.add(List.of(String.format("RW%02d", i + 1), sourceAndText[0], sourceAndText[1], lead,
                    Lists.enumeration(shared), samples.text("tasks.deadline", "year", plan.settings().year())));
        }
        Path file = dir.resolve(samples.text("tasks.file", "year", plan.settings().year()) + ".csv");
        TableFiles.csv(file, Stream.concat(TaskColumn.REQUIRED.stream(), TaskColumn.OPTIONAL.stream())
                .map(TaskColumn::label).toList(), rows);
        return file;
    }
}
