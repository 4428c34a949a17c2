package org.shuangbai.documents;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shuangbai.Workspace;

class ScratchNoticeTest {
    @Test
    void render() throws Exception {
        var plan = Fixture.plan();
        var data = DocumentData.from(plan, Fixture.results(plan, Fixture.SMALL), Fixture.ledger(), Fixture.reminders(), Fixture.bodyTemplate());
        FontCatalog fonts = FontCatalog.find(Map.of());
        Workspace ws = new Workspace(Path.of("target/scratch"));
        Renderer r = new Renderer(ws, fonts, true, LocalDate.of(2010, 2, 20), "办公室");
        long t = System.nanoTime();
        var files = r.render(data);
        System.out.println("render ms " + (System.nanoTime() - t) / 1e6 + " files " + files.size());
        var all = DocumentData.from(plan, Fixture.results(plan, plan.units().stream().map(u -> u.code()).toList()), Fixture.ledger(), Fixture.reminders(), Fixture.bodyTemplate());
        t = System.nanoTime();
        files = r.render(all);
        System.out.println("render all ms " + (System.nanoTime() - t) / 1e6 + " files " + files.size());
    }
}
