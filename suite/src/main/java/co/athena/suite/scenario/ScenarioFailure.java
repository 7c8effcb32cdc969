package co.athena.suite.scenario;

/** A call of the scenario that did not answer what it should. */
public final class ScenarioFailure extends RuntimeException {

    public ScenarioFailure(String message) {
        super(message);
    }
}
