package co.athena.shared.simat;

/** The school day (jornada), with its SIMAT TIPO_JORNADA code. */
public enum Shift {
    full_day(1), morning(2), afternoon(3), night(4), weekend(5), single(6);

    private final int simatCode;

    Shift(int simatCode) {
        this.simatCode = simatCode;
    }

    public int simatCode() {
        return simatCode;
    }
}
