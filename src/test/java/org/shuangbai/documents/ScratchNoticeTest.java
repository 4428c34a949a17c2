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
        FontCatalog fonts = FontCatalog.find(System.getProperty("allkai") != null ? Map.of("title", "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", "song", "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", "hei", "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", "fangsong", "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", "kai", "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf") : Map.of());
        Workspace ws = new Workspace(Path.of("target/scratch"));
        Renderer r = new Renderer(ws, fonts, true, LocalDate.of(2010, 2, 20), "办公室");
        var all = DocumentData.from(plan, Fixture.results(plan, plan.units().stream().map(u -> u.code()).toList()), Fixture.ledger(), Fixture.reminders(), Fixture.bodyTemplate());
        java.nio.file.Files.createDirectories(Path.of("target/scratch/x"));
        for (int i = 0; i < 25; i++) {
            long t0 = System.nanoTime();
            var p = r.reports().letter(all.letters().get(i));
            long t1 = System.nanoTime();
            r.pdf(p, Path.of("target/scratch/x/a.pdf"), "x");
            long t2 = System.nanoTime();
            r.docx(p, Path.of("target/scratch/x/a.docx"));
            long t3 = System.nanoTime();
            System.out.printf("fill %.0f pdf %.0f docx %.0f%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6);
        }
    }
}
