package org.shuangbai.documents;

import java.util.Arrays;
import java.util.Optional;

import org.shuangbai.text.Messages;

/**
 * The kinds of type a Chinese official document uses. Each role becomes one JasperReports font
 * family whose name the designs in reports/ refer to (e.g. fontName="公文仿宋"), so a design never
 * names a font file or a machine-specific family.
 */
public enum FontRole {
    /** 发文机关标志 and titles: 方正小标宋 in an office, a heavy Song elsewhere. */
    TITLE("title", "公文标题", "documents.fontRole.title"),
    SONG("song", "公文宋体", "documents.fontRole.song"),
    HEI("hei", "公文黑体", "documents.fontRole.hei"),
    /** Body text: 仿宋_GB2312 in an office. */
    FANGSONG("fangsong", "公文仿宋", "documents.fontRole.fangsong"),
    KAI("kai", "公文楷体", "documents.fontRole.kai");

    private final String key;
    private final String family;
    private final String labelKey;

    FontRole(String key, String family, String labelKey) {
        this.key = key;
        this.family = family;
        this.labelKey = labelKey;
    }

    /** The key under fonts. in settings.properties. */
    public String key() {
        return key;
    }

    /** The JasperReports family name the designs use. */
    public String family() {
        return family;
    }

    /** The Chinese name of the kind of type. */
    public String label() {
        return Messages.text(labelKey);
    }

    public static Optional<FontRole> fromKey(String key) {
        return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
    }
}
