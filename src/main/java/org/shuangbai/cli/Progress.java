package org.shuangbai.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress bars for long runs in a terminal (not when output goes to a file or a test). */
final class Progress {
    /** Below this many items a progress bar is more noise than help. */
    static final int THRESHOLD = 10;

    private Progress() {
    }

    /** A bar for {@code total} items, or null when there are few items or no terminal. */
    static ProgressBar bar(String task, int total, String unit) {
        if (total < THRESHOLD || System.console() == null) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(200).setUnit(unit, 1).build();
    }
}
