package com.lowagie.text.pdf;

import java.io.IOException;

import com.lowagie.text.DocumentException;

/**
 * An OpenType/CFF font (the Noto CJK collections) whose CFF table is copied out of the font file
 * once per run instead of once per document. OpenPDF's {@code TrueTypeFontUnicode} reads the whole
 * table (15–23 MB) into a fresh array for every PDF it embeds a subset in: with five CJK faces per
 * letter that was about 80 MB of short-lived giant arrays per letter, and G1 ran its concurrent
 * marking almost without pause to keep up (129 s of marking in a 156 s render of 1,000 letters).
 *
 * <p>It lives in OpenPDF's package because the constructor and the method it overrides are
 * package-private or protected there; {@code FontCatalog} registers it in OpenPDF's own font cache
 * under the key {@code BaseFont.createFont} looks up, so JasperReports' exporter finds it as if it
 * had loaded the font itself. The cached array is only ever read (subsetting and compression copy).
 */
public final class SharedCffFont extends TrueTypeFontUnicode {
    private byte[] cff;

    private SharedCffFont(String name, byte[] file) throws DocumentException, IOException {
        super(name, IDENTITY_H, true, file, false);
    }

    /**
     * Loads {@code name} (a path, with ",index" for a face of a collection) from the file's bytes and
     * makes it the font {@code BaseFont.createFont(name, IDENTITY_H, EMBEDDED, true, …)} returns.
     */
    public static BaseFont register(String name, byte[] file) throws DocumentException, IOException {
        SharedCffFont font = new SharedCffFont(name, file);
        fontCache.put(name + "\n" + IDENTITY_H + "\n" + true, font);
        return font;
    }

    @Override
    protected synchronized byte[] readCffFont() throws IOException {
        if (cff == null) {
            cff = super.readCffFont();
        }
        return cff;
    }
}
