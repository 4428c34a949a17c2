package org.shuangbai.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class JobTest {
    private static final Instant START = Instant.parse("2009-03-01T08:00:00Z");

    /**
     * Regression: the job page read the state twice while rendering, once for the script's attribute and once
     * for its text; a job finishing in between gave a page saying 已完成 whose script still polled and then
     * reloaded it, under the clerk's (and the browser test's) click.
     */
    @Test
    void aSnapshotKeepsTheStateItWasTakenInWhileTheJobGoesOn() {
        Job job = new Job(7, Job.Kind.SCORE, START);
        job.started(3);
        job.stepped();
        job.note("读取台账");
        Job page = job.snapshot();

        job.stepped();
        job.note("计分");
        job.finish("结果", START.plusSeconds(5));

        assertTrue(page.running());
        assertNull(page.result());
        assertNull(page.finished());
        assertEquals(1, page.done());
        assertEquals(33, page.percent());
        assertEquals(List.of("读取台账"), page.notes());
        assertEquals(7, page.id());
        assertEquals(Job.Kind.SCORE, page.kind());
        assertEquals(START, page.started());

        Job later = job.snapshot();
        assertEquals(Job.State.DONE, later.state());
        assertEquals("结果", later.result());
        assertEquals(START.plusSeconds(5), later.finished());
        assertEquals(List.of("读取台账", "计分"), later.notes());
    }

    @Test
    void aFailedJobsSnapshotCarriesItsErrors() {
        Job job = new Job(8, Job.Kind.RENDER, START);
        job.fail(List.of("第一行", "第二行"), START.plusSeconds(1));
        Job page = job.snapshot();
        assertTrue(page.failed());
        assertEquals(List.of("第一行", "第二行"), page.errors());
        assertEquals(100, page.percent());
    }
}
