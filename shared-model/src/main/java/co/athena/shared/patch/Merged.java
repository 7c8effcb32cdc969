package co.athena.shared.patch;

/**
 * The validation group of a patched whole: what must hold once a merge patch is applied (a required field cannot
 * be cleared), beyond the checks every value given passes.
 */
public interface Merged {

    String REQUIRED = "is required: it can change but not be cleared";
}
