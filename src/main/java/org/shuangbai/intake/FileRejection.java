package org.shuangbai.intake;

/** The file as a whole cannot be read; carries the one problem that says why. */
final class FileRejection extends Exception {
    private final Problem problem;

    FileRejection(String what, String todo) {
        super(what);
        this.problem = Problem.ofFile(what, todo);
    }

    Problem problem() {
        return problem;
    }
}
