package co.athena.infra;

/** One piece of infrastructure that can be stopped and started again with its data kept (for fault tests). */
public interface Component {

    String name();

    void start();

    void stop();

    /** Stops for good; for a local process also what it left on disk when the run was throwaway. */
    default void close() {
        stop();
    }
}
