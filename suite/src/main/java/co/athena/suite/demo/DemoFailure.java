package co.athena.suite.demo;

/** A demo step that did not do what it should: the demo stops there and exits non-zero. */
final class DemoFailure extends RuntimeException {

    DemoFailure(String message) {
        super(message);
    }
}
