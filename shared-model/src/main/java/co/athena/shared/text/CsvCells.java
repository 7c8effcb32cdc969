package co.athena.shared.text;

import java.util.regex.Pattern;

/**
 * What every CSV the suite writes does to a cell that a spreadsheet would run as a formula (OWASP
 * "CSV injection"): one that starts with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage
 * return gets a leading apostrophe, so it reads as text. A plain number ({@code -1}, SIMAT's
 * pre-jardín grade) is no formula and stays as it is. Applied when writing, so data stored before
 * any input rule existed is neutralized too.
 */
public final class CsvCells {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+([.,]\\d+)?");

    private CsvCells() {
    }

    public static String neutralized(String cell) {
        if (cell == null || cell.isEmpty() || PLAIN_NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }
}
