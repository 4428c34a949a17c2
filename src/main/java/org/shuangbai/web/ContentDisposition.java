package org.shuangbai.web;

import java.nio.charset.StandardCharsets;

/**
 * The Content-Disposition header of a download: the file name in RFC 5987 / RFC 6266 form
 * ({@code filename*=UTF-8''…}, percent-encoded UTF-8), which every current browser reads, plus a plain
 * ASCII {@code filename} for old clients in which quotes, backslashes, control and non-ASCII characters
 * became "_". A name can therefore never end the header or add a parameter.
 */
final class ContentDisposition {
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private ContentDisposition() {
    }

    static String attachment(String fileName) {
        return of("attachment", fileName);
    }

    static String inline(String fileName) {
        return of("inline", fileName);
    }

    static String of(String type, String fileName) {
        StringBuilder ascii = new StringBuilder();
        for (int i = 0; i < fileName.length(); i++) {
            char c = fileName.charAt(i);
            ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' ? c : '_');
        }
        return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encode(fileName);
    }

    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || ATTR_CHARS.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
