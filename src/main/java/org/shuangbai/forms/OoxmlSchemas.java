package org.shuangbai.forms;

import java.util.concurrent.atomic.AtomicBoolean;

import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook;

import org.shuangbai.Parallel;

/**
 * The OOXML schema types (the XMLBeans type system bundled with POI), which every workbook and Word
 * document POI builds needs. Their first use reads the large compiled schema inside a class
 * initialiser: half a second of one core, during which every other thread that needs them waits (in
 * `demo`, the second of the forms' first full builds did, leaving a core idle). Started ahead on a
 * thread of its own, the load overlaps work that needs none of it, such as reading the plan.
 */
public final class OoxmlSchemas {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private OoxmlSchemas() {
    }

    /** Starts loading the schema types on a daemon thread, once per JVM; returns at once. */
    public static void loadAhead() {
        if (STARTED.compareAndSet(false, true)) {
            Parallel.ahead("shuangbai-schemas", OoxmlSchemas::load);
        }
    }

    private static void load() {
        try {
            CTWorkbook.type.getName();
        } catch (LinkageError e) {
            // the first workbook made needs the same class and reports its failure where it is understood
        }
    }
}
