package co.athena.infra;

import java.io.IOException;
import java.util.Arrays;

/**
 * Runs another program's main class and exits when the parent process goes away. The parent keeps
 * this process' standard input open; when the parent dies, even by SIGKILL, the pipe closes and the
 * child exits through its shutdown hooks, so a crashed run never leaves a broker behind.
 */
public final class ParentWatchdog {

    private ParentWatchdog() {
    }

    public static void main(String[] args) throws Exception {
        Thread watchdog = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // keep reading until the parent closes the pipe
                }
            } catch (IOException ignored) {
                // a broken pipe means the same as end of input
            }
            System.exit(0);
        }, "parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        Class.forName(args[0]).getMethod("main", String[].class)
                .invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
    }
}
