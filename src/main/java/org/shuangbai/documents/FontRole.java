package org.shuangbai.documents;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of type a Chinese official document uses. Each role becomes one JasperReports font
 * family whose name the designs in reports/ refer to (e.g. fontName="公文仿宋"), so a design never
 * names a font file or a machine-specific family.
 */
public enum FontRole {
    /** 发文机关标志 and titles: 方正小标宋 in an office, a heavy Song elsewhere. */
    TITLE("title", "公文标题", "小标宋"),
    SONG("song", "公文宋体", "宋体"),
    HEI("hei", "公文黑体", "黑体"),
    /** Body text: 仿宋_GB2312 in an office. */
    FANGSONG("fangsong", "公文仿宋", "仿宋"),
    KAI("kai", "公文楷体", "楷体");

    private final String key;
    private final String family;
    private final String label;

    FontRole(String key, String family, String label) {
        this.key = key;
        this.family = family;
        this.label = label;
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
        return label;
    }

    public static Optional<FontRole> fromKey(String key) {
        return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
    }
}
