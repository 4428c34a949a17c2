package org.shuangbai.cli;

/** Exit codes a script can act on; documented in the README. */
public final class ExitCode {
    /** Everything asked for was done. */
    public static final int OK = 0;
    /** Done, but some input was refused (rejected files, forms still missing are not errors). */
    public static final int SOME_REJECTED = 1;
    /** The command line was wrong (picocli's own usage error code). */
    public static final int USAGE = 2;
    /** The plan is invalid: nothing was done. */
    public static final int PLAN_INVALID = 3;
    /** Another command is working on this workspace. */
    public static final int LOCKED = 4;
    /** Something the machine lacks (fonts, files) or the workspace is damaged. */
    public static final int ENVIRONMENT = 5;
    /** An unexpected internal error (a bug): the message says where. */
    public static final int INTERNAL = 70;

    private ExitCode() {
    }
}
