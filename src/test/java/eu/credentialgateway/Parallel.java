package eu.credentialgateway;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Fires one call from many threads at once (all wait on one gate), for tests of what must hold under races. */
public final class Parallel {
    private Parallel() {
    }

    /** The answers of {@code times} calls of {@code call} released together, in submission order. */
    public static <T> List<T> fire(int times, Callable<T> call) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(times);
        try {
            List<Future<T>> calls = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                calls.add(threads.submit(() -> {
                    gate.await();
                    return call.call();
                }));
            }
            gate.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> answer : calls) {
                answers.add(answer.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }
}
