package org.shuangbai.plan;

import java.time.LocalDate;
import java.util.Map;

/**
 * What the results notice (通报) needs beyond the scores: who issues it, its number, addressees and
 * 版记. {@code fonts} maps a role (title, song, hei, fangsong, kai) to a font file or family the
 * office prefers; an empty map means "find fonts on this machine".
 */
public record NoticeSettings(
        String issuer,
        String mark,
        String documentNumberPattern,
        int year,
        int number,
        String title,
        String addressees,
        LocalDate date,
        String copyTo,
        String printer,
        LocalDate printDate,
        Map<String, String> fonts) {

    public NoticeSettings {
        fonts = Map.copyOf(fonts);
    }

    /** The document number, e.g. 朝政办发〔2010〕8号, from the configured pattern. */
    public String documentNumber() {
        return documentNumberPattern.replace("{year}", Integer.toString(year))
                .replace("{number}", Integer.toString(number));
    }
}
