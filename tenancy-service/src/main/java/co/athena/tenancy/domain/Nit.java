package co.athena.tenancy.domain;

import java.util.Optional;

/**
 * A Colombian NIT with its DIAN check digit. Accepted as written by people (dots, spaces, a dash or
 * none before the check digit) and kept as {@code 800197268-4}.
 */
public final class Nit {

    private static final int[] WEIGHTS = {3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71};

    private Nit() {
    }

    /** The normalized NIT, or empty when it is malformed or its check digit is wrong. */
    public static Optional<String> normalize(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String compact = raw.replaceAll("[\\s.]", "");
        String base;
        String check;
        int dash = compact.indexOf('-');
        if (dash >= 0) {
            base = compact.substring(0, dash);
            check = compact.substring(dash + 1);
        } else if (compact.length() > 1) {
            base = compact.substring(0, compact.length() - 1);
            check = compact.substring(compact.length() - 1);
        } else {
            return Optional.empty();
        }
        if (!base.matches("[0-9]{6,15}") || !check.matches("[0-9]")) {
            return Optional.empty();
        }
        return checkDigit(base) == check.charAt(0) - '0' ? Optional.of(base + "-" + check) : Optional.empty();
    }

    /** DIAN: weights from the right, r = sum mod 11, digit r when r < 2 else 11 - r. */
    static int checkDigit(String base) {
        int sum = 0;
        for (int i = 0; i < base.length(); i++) {
            sum += (base.charAt(base.length() - 1 - i) - '0') * WEIGHTS[i];
        }
        int r = sum % 11;
        return r < 2 ? r : 11 - r;
    }
}
