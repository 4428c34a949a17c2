package org.shuangbai.web;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * What page templates call to show values ({@code $fmt.time($f.receivedAt())}) and to build links
 * ({@code /units/$fmt.seg($code)}): a value put into a URL is percent-encoded here, then HTML-escaped by
 * the engine like any other.
 */
public final class Format {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    public String shortTime(Instant instant) {
        return instant == null ? "" : SHORT.format(instant);
    }

    public String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    public String num(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    /** One path segment of a link (a unit code), percent-encoded. */
    public String seg(String text) {
        return text == null ? "" : URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A query parameter value, percent-encoded. */
    public String q(String text) {
        return seg(text);
    }

    /** A file's size for people: 12 KB, 3.4 MB. */
    public String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return (bytes + 512) / 1024 + " KB";
        }
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024 * 1024), 1, java.math.RoundingMode.HALF_UP)
                .toPlainString() + " MB";
    }
}
