package org.shuangbai.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.shuangbai.app.FileReport;
import org.shuangbai.text.Messages;

/**
 * One operation the console runs (回收, 下发, 计分, 公文, …) and what it has reported so far, read by the
 * page that shows its progress while another thread writes it. Per-file verdicts of an ingest arrive in
 * {@link #reports} as the files are processed.
 */
public final class Job {
    public enum State {
        RUNNING, DONE, FAILED
    }

    private final long id;
    private final Kind kind;
    private final Instant started;
    private volatile Instant finished;
    private volatile State state = State.RUNNING;
    private volatile int total = -1;
    private final java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
    private final List<FileReport> reports = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private volatile Object result;
    private volatile List<String> errors = List.of();

    /** What an operation is, for the pages (its title comes from the messages file). */
    public enum Kind {
        INGEST, GENERATE, SCORE, RENDER, REMINDERS, BACKUP, RATINGS, TASK_LIST, TASK_CHECK
    }

    Job(long id, Kind kind, Instant started) {
        this.id = id;
        this.kind = kind;
        this.started = started;
    }

    /**
     * The job as it stands at one moment, for a page to render: the page's progress script and its text must
     * agree on whether the job still runs, or the script reloads a page that already says 已完成 (and a
     * click on its link meets a page being replaced). The state is read first: a job's result, end time and
     * verdicts are all written before it stops running, so a finished state brings them all.
     */
    Job snapshot() {
        Job copy = new Job(id, kind, started);
        copy.state = state;
        copy.result = result;
        copy.errors = errors;
        copy.finished = finished;
        copy.total = total;
        synchronized (reports) {
            copy.reports.addAll(reports);
            copy.done.set(done.get());
        }
        synchronized (notes) {
            copy.notes.addAll(notes);
        }
        return copy;
    }

    public long id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public String kindName() {
        return kind.name();
    }

    /** The operation's name as the pages say it (回收, 下发, …). */
    public String title() {
        return switch (kind) {
            case INGEST -> Messages.text("console.job.ingest");
            case GENERATE -> Messages.text("console.job.generate");
            case SCORE -> Messages.text("console.job.score");
            case RENDER -> Messages.text("console.job.render");
            case REMINDERS -> Messages.text("console.job.reminders");
            case BACKUP -> Messages.text("console.job.backup");
            case RATINGS -> Messages.text("console.job.ratings");
            case TASK_LIST -> Messages.text("console.job.taskList");
            case TASK_CHECK -> Messages.text("console.job.taskCheck");
        };
    }

    public Instant started() {
        return started;
    }

    public Instant finished() {
        return finished;
    }

    public State state() {
        return state;
    }

    public boolean running() {
        return state == State.RUNNING;
    }

    public boolean failed() {
        return state == State.FAILED;
    }

    /** Steps in all (files, workbooks), or -1 while not known. */
    public int total() {
        return total;
    }

    public int done() {
        return done.get();
    }

    /** Whole percent done, 0 while the total is not known. */
    public int percent() {
        int t = total;
        return t <= 0 ? (state == State.RUNNING ? 0 : 100) : Math.min(100, done.get() * 100 / t);
    }

    /** The verdicts from {@code from} on, in processing order. */
    public List<FileReport> reports(int from) {
        synchronized (reports) {
            return from >= reports.size() ? List.of() : List.copyOf(reports.subList(Math.max(0, from), reports.size()));
        }
    }

    public int reportCount() {
        synchronized (reports) {
            return reports.size();
        }
    }

    public List<String> notes() {
        synchronized (notes) {
            return List.copyOf(notes);
        }
    }

    /** The use case's result object once done (GenerateResult, ScoreResult, …), else null. */
    public Object result() {
        return result;
    }

    /** What went wrong, one line each (a plan's problems one per line), when failed. */
    public List<String> errors() {
        return errors;
    }

    void started(int steps) {
        total = steps;
    }

    /** One step more (workbooks are written on several threads). */
    void stepped() {
        done.incrementAndGet();
    }

    void reported(FileReport report) {
        synchronized (reports) {
            reports.add(report);
            done.set(reports.size());
        }
    }

    void note(String text) {
        synchronized (notes) {
            notes.add(text);
        }
    }

    void finish(Object value, Instant when) {
        result = value;
        finished = when;
        state = State.DONE;
    }

    void fail(List<String> lines, Instant when) {
        errors = List.copyOf(lines);
        finished = when;
        state = State.FAILED;
    }
}
