package co.athena.shared.text;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;
import java.util.Map;
import java.util.Optional;

/**
 * Text for a file whose encoding cannot hold every letter (SIMAT's latin-1): a character the charset
 * has stays as it is (Ñ, É, Ü); one it lacks loses its diacritics the way registries write names
 * without them (Ễ → E), or takes its usual Latin spelling (Ł → L, ß → SS). What is still left over
 * (another script) has no honest spelling: the caller reports it instead of writing '?'.
 */
public final class Transliteration {

    private static final Map<Character, String> LATIN = Map.ofEntries(
            Map.entry('Ł', "L"), Map.entry('ł', "l"), Map.entry('Đ', "D"), Map.entry('đ', "d"),
            Map.entry('ẞ', "SS"), Map.entry('Ø', "O"), Map.entry('ø', "o"), Map.entry('ß', "SS"), Map.entry('Æ', "AE"),
            Map.entry('æ', "ae"), Map.entry('Œ', "OE"), Map.entry('œ', "oe"), Map.entry('Þ', "TH"),
            Map.entry('þ', "th"), Map.entry('ı', "i"), Map.entry('’', "'"), Map.entry('‘', "'"));

    private Transliteration() {
    }

    /** The text in {@code charset}, or empty when some character has no spelling there. */
    public static Optional<String> into(String text, Charset charset) {
        CharsetEncoder encoder = charset.newEncoder();
        if (text == null || encoder.canEncode(text)) {
            return Optional.ofNullable(text);
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            i += Character.charCount(codePoint);
            if (encoder.canEncode(character)) {
                out.append(character);
                continue;
            }
            String bare = Normalizer.normalize(character, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
            String spelled = !bare.isEmpty() && encoder.canEncode(bare) ? bare
                    : codePoint <= Character.MAX_VALUE ? LATIN.get((char) codePoint) : null;
            if (spelled == null) {
                return Optional.empty();
            }
            out.append(spelled);
        }
        return Optional.of(out.toString());
    }
}
