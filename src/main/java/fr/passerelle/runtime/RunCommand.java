package fr.passerelle.runtime;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** Starts the bus with the establishment's configuration and runs until the process is stopped. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Starts the bus and runs every enabled flow until stopped (SIGTERM or Ctrl-C).")
final class RunCommand implements Callable<Integer> {

    @Mixin
    PasserelleCommand.CommonOptions options = new PasserelleCommand.CommonOptions();

    @Override
    public Integer call() throws InterruptedException {
        PasserelleRuntime runtime = new PasserelleRuntime(options.load(Map.of("passerelle.warn-simulated", "true")));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            runtime.close();
            stopped.countDown();
        }, "passerelle-shutdown"));
        runtime.start();
        stopped.await();
        return 0;
    }
}
