package org.shuangbai.intake;

/**
 * A SpreadsheetML rich text (a shared-string item {@code <si>} or an inline string {@code <is>}) read
 * from SAX events the way POI's usermodel reads it: either one plain {@code <t>} or runs {@code <r>}
 * of one {@code <t>} each, phonetic runs left out. Text that is both, or a run of two texts, or no text
 * at all, has no single reading (the streaming and the usermodel readers would differ): it is
 * malformed, and a cell showing it cannot be resolved.
 */
final class RichText {
    private final StringBuilder text = new StringBuilder();
    private int depth;          // elements open below the rich text's own element
    private int phonetic = -1;  // depth of an open <rPh>, or -1
    private boolean inRun;
    private boolean inText;
    private int plainTexts;
    private int runs;
    private int runTexts;
    private boolean badRun;

    /** A start tag below the rich text's element (local name, main namespace only). */
    void start(String local) {
        depth++;
        if (phonetic >= 0) {
            return;
        }
        if (depth == 1 && "rPh".equals(local)) {
            phonetic = depth;
        } else if (depth == 1 && "r".equals(local)) {
            inRun = true;
            runs++;
            runTexts = 0;
        } else if ("t".equals(local) && (depth == 1 || (depth == 2 && inRun))) {
            inText = true;
            if (inRun) {
                runTexts++;
            } else {
                plainTexts++;
            }
        }
    }

    void end(String local) {
        if (phonetic == depth) {
            phonetic = -1;
        } else if (phonetic < 0) {
            if (inText && "t".equals(local)) {
                inText = false;
            } else if (depth == 1 && inRun && "r".equals(local)) {
                inRun = false;
                badRun |= runTexts != 1;
            }
        }
        depth--;
    }

    void characters(char[] ch, int start, int length) {
        if (inText) {
            text.append(ch, start, length);
        }
    }

    /** True when no element below the rich text's own is open: its end tag closes it. */
    boolean closed() {
        return depth == 0;
    }

    /** The text as the usermodel shows it (with _xHHHH_ escapes decoded), or null when malformed. */
    String text() {
        boolean plain = plainTexts == 1 && runs == 0;
        boolean rich = plainTexts == 0 && runs > 0 && !badRun;
        if (!plain && !rich) {
            return null;
        }
        return XlsxStreamWorkbook.decode(text.toString());
    }
}
