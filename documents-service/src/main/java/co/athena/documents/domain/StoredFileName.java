package co.athena.documents.domain;

import java.util.Map;

/**
 * The name a document is kept and downloaded under: the uploader's name without any path, control
 * or bidirectional-override characters, at most 120 characters, and with the extension of the type
 * its bytes proved to be (a PDF named {@code poly.html} is kept as {@code poly.pdf}).
 */
public final class StoredFileName {

    private static final int MAX = 120;
    private static final Map<String, String> EXTENSIONS = Map.of("application/pdf", ".pdf", "image/png", ".png",
            "image/jpeg", ".jpg");

    private StoredFileName() {
    }

    public static String of(String given, String contentType) {
        String extension = EXTENSIONS.getOrDefault(contentType, "");
        String name = given == null ? "" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder(name.length());
        name.codePoints().filter(StoredFileName::isShown).forEach(clean::appendCodePoint);
        String base = clean.toString().strip();
        int dot = base.lastIndexOf('.');
        if (dot >= 0) {
            base = base.substring(0, dot).strip();
        }
        base = base.replaceAll("^\\.+", "");
        if (base.isEmpty()) {
            base = "document";
        }
        int room = MAX - extension.length();
        if (base.length() > room) {
            base = base.substring(0, Character.isLowSurrogate(base.charAt(room)) ? room - 1 : room);
        }
        return base + extension;
    }

    /** Not a control, format (bidi overrides, zero-width) or unassigned character. */
    private static boolean isShown(int codePoint) {
        int type = Character.getType(codePoint);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.UNASSIGNED
                && type != Character.PRIVATE_USE && type != Character.SURROGATE;
    }
}
