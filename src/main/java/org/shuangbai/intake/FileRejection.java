package org.shuangbai.intake;

import java.util.List;

/** The file as a whole cannot be read; carries the problems that say why. */
final class FileRejection extends Exception {
    private final List<Problem> problems;

    FileRejection(String what, String todo) {
        this(List.of(Problem.ofFile(what, todo)));
    }

    /** Problems naming their sheets and cells, found before the file could be opened for reading. */
    FileRejection(List<Problem> problems) {
        super(problems.get(0).what());
        this.problems = List.copyOf(problems);
    }

    Problem problem() {
        return problems.get(0);
    }

    List<Problem> problems() {
        return problems;
    }
}
