package co.athena.shared.text;

/**
 * The suite's one rule on control characters in text (DESIGN §4): none of C0 but tab, line feed and
 * carriage return, and no DEL. A NUL in particular cannot be stored in PostgreSQL text at all.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** The index of the first refused character, or -1 when the text is clean. */
    public static int firstIn(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return i;
            }
        }
        return -1;
    }

    public static boolean isClean(CharSequence text) {
        return firstIn(text) < 0;
    }
}
