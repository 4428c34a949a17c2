package org.shuangbai.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The heap monitor's sample is a whole-heap collection that has run, not only one asked for. */
class HeapMonitorTest {
    @Test
    void aSampleIsAWholeHeapCollectionThatRan() {
        long before = HeapMonitor.wholeHeapCollections();
        HeapMonitor.sample();
        assertTrue(HeapMonitor.wholeHeapCollections() > before,
                "no whole-heap collection counted after a sample: the collectors' names were not recognised");
    }
}
