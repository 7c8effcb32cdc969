package co.athena.infra;

/** An endpoint given by the environment: Athena neither starts nor stops it. */
record ExternalComponent(String name) implements Component {

    @Override
    public void start() {
        // already running elsewhere
    }

    @Override
    public void stop() {
        throw new IllegalStateException(name + " is external (given by the environment) and cannot be stopped from here");
    }

    @Override
    public void close() {
        // not ours to stop
    }
}
