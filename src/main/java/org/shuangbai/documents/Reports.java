package org.shuangbai.documents;

import org.shuangbai.text.Messages;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRVirtualizer;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;

/** Fills the designs with the view models; one instance per run (designs are loaded once). */
public final class Reports {
    public static final String NOTICE = "notice";
    public static final String COMMENDED = "commended";
    public static final String SUMMARY = "summary";
    public static final String ATTACHMENT = "attachment";
    public static final String LETTER = "letter";
    public static final String LETTER_VETOES = "letter-vetoes";
    public static final String LETTER_ITEMS = "letter-items";
    public static final String REMINDERS = "reminders";
    public static final String LEDGER = "ledger";

    private final JasperReportsContext context;
    private final Designs designs;
    private final boolean watermark;
    private final Typesetter type;
    /** Where the filled pages go, or null: all in memory. */
    private final JRVirtualizer virtualizer;

    public Reports(JasperReportsContext context, Designs designs, boolean watermark, Typesetter type) {
        this(context, designs, watermark, type, null);
    }

    private Reports(JasperReportsContext context, Designs designs, boolean watermark, Typesetter type,
                    JRVirtualizer virtualizer) {
        this.context = context;
        this.designs = designs;
        this.watermark = watermark;
        this.type = type;
        this.virtualizer = virtualizer;
    }

    /** These reports filling into {@code swap}: for a document with a row per unit (see {@link PageSwap}). */
    Reports swappingTo(PageSwap swap) {
        return new Reports(context, designs, watermark, type, swap.virtualizer());
    }

    public JasperPrint notice(NoticeData notice) throws JRException, DesignException {
        Map<String, Object> p = parameters();
        p.put("CommendedReport", designs.get(COMMENDED));
        p.put("SummaryReport", designs.get(SUMMARY));
        JasperPrint first = fill(NOTICE, p, List.of(notice));
        Map<String, Object> squeezed = NoticeLayout.squeeze(first);
        if (squeezed == null) {
            return first;
        }
        p.putAll(squeezed);
        JasperReport tight = designs.withPitch(NOTICE, NoticeLayout.TAIL, (Float) squeezed.get("Pitch"));
        return JasperFillManager.getInstance(context).fill(tight, p, new RecordDataSource(List.of(notice)));
    }

    public JasperPrint commended(NoticeData notice) throws JRException, DesignException {
        return attachment(COMMENDED, Messages.text("documents.attachment", "number", 1), notice.commendedTitle(), notice.commended());
    }

    public JasperPrint summary(NoticeData notice) throws JRException, DesignException {
        return attachment(SUMMARY, Messages.text("documents.attachment", "number", 2), notice.summaryTitle(), notice.summary());
    }

    /** An attachment on its own: its content design inside the notice's page layout. */
    private JasperPrint attachment(String content, String label, String title, List<? extends Record> rows)
            throws JRException, DesignException {
        Map<String, Object> p = parameters();
        p.put("Content", designs.get(content));
        p.put("Rows", rows);
        p.put("Title", title);
        p.put("AttachmentLabel", label);
        return JasperFillManager.getInstance(context).fill(designs.get(ATTACHMENT), p, new JREmptyDataSource(1));
    }

    public JasperPrint letter(LetterData letter) throws JRException, DesignException {
        Map<String, Object> p = parameters();
        p.put("Letter", letter);
        p.put("VetoesReport", designs.get(LETTER_VETOES));
        p.put("ItemsReport", designs.get(LETTER_ITEMS));
        return fill(LETTER, p, LetterTableRow.of(letter.rows()));
    }

    public JasperPrint reminders(String title, List<ReminderRow> rows) throws JRException, DesignException {
        Map<String, Object> p = parameters();
        p.put("Title", title);
        return fill(REMINDERS, p, rows);
    }

    public JasperPrint ledger(String title, List<LedgerItemRow> rows) throws JRException, DesignException {
        Map<String, Object> p = parameters();
        p.put("Title", title);
        return fill(LEDGER, p, rows);
    }

    /** Loads every design now, so that threads filling them later only read them. */
    void load() throws DesignException {
        for (String name : List.of(NOTICE, COMMENDED, SUMMARY, ATTACHMENT, LETTER, LETTER_VETOES, LETTER_ITEMS,
                REMINDERS, LEDGER)) {
            designs.get(name);
        }
    }

    private Map<String, Object> parameters() {
        Map<String, Object> p = new HashMap<>();
        p.put("Watermark", watermark);
        p.put("Type", type);
        if (virtualizer != null) {
            p.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
        }
        return p;
    }

    private JasperPrint fill(String design, Map<String, Object> parameters, List<? extends Record> rows)
            throws JRException, DesignException {
        return JasperFillManager.getInstance(context).fill(designs.get(design), parameters, new RecordDataSource(rows));
    }
}
