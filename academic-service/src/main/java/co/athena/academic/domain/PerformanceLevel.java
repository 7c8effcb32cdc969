package co.athena.academic.domain;

/**
 * The national scale of Decreto 1290 de 2009, art. 5, lowest first: every school's own scale maps onto it. Bajo is
 * "la no superación" of the required achievements; Básico and above pass.
 */
public enum PerformanceLevel {
    bajo("Bajo"), basico("Básico"), alto("Alto"), superior("Superior");

    private final String label;

    PerformanceLevel(String label) {
        this.label = label;
    }

    /** The level's name as the decree writes it, for what people read (report cards). */
    public String label() {
        return label;
    }
}
