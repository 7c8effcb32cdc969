package co.athena.storage;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * {@code Content-Disposition: attachment} as RFC 6266 has it: a quoted ASCII fallback (accents
 * dropped, anything else unsafe replaced) for old clients, and {@code filename*} with the real name in
 * UTF-8 (RFC 8187 percent-encoding) for the rest.
 */
public final class ContentDisposition {

    private ContentDisposition() {
    }

    public static String attachment(String fileName) {
        return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + encoded(fileName);
    }

    static String asciiFallback(String fileName) {
        String bare = Normalizer.normalize(fileName, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder ascii = new StringBuilder(bare.length());
        for (char c : bare.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' ? c : '_');
        }
        return ascii.toString();
    }

    private static String encoded(String fileName) {
        // attr-char of RFC 8187 keeps letters, digits and !#$&+-.^_`|~; URLEncoder escapes more, which is allowed
        return URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
