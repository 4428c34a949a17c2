package org.shuangbai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/** Results gathered in the order the tasks were given, the first failure in that order thrown as it was thrown. */
class ParallelTest {
    private static Future<String> failed(Throwable t) {
        return CompletableFuture.failedFuture(t);
    }

    @Test
    void resultsComeInTheOrderGiven() throws Exception {
        List<Future<String>> futures = List.of(CompletableFuture.completedFuture("a"), CompletableFuture.completedFuture("b"));
        assertEquals(List.of("a", "b"), Parallel.<String, IOException>results(futures));
    }

    @Test
    void theFirstFailureInOrderIsThrownAsThrown() {
        IOException first = new IOException("first");
        IllegalStateException second = new IllegalStateException("second");
        List<Future<String>> futures = List.of(CompletableFuture.completedFuture("a"), failed(first), failed(second));
        assertSame(first, assertThrows(IOException.class, () -> Parallel.<String, IOException>results(futures)));
        List<Future<String>> unchecked = List.of(failed(second), failed(first));
        assertSame(second, assertThrows(IllegalStateException.class, () -> Parallel.<String, IOException>results(unchecked)));
    }

    @Test
    void mapKeepsTheOrderOfItsItems() throws Exception {
        assertEquals(List.of(1, 4, 9, 16, 25), Parallel.map(List.of(1, 2, 3, 4, 5), x -> x * x));
    }
}
