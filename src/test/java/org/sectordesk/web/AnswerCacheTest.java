package org.sectordesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AnswerCacheTest {
  static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aQuestionOnTheSameDataIsComputedOnceAndANewDataVersionDropsEveryAnswer() {
    AnswerCache cache = new AnswerCache(10);
    AtomicInteger computed = new AtomicInteger();
    assertThat(cache.answer("/api/review?month=2024-11", "v1", () -> b("a" + computed.incrementAndGet()))).isEqualTo(b("a1"));
    assertThat(cache.answer("/api/review?month=2024-11", "v1", () -> b("a" + computed.incrementAndGet()))).isEqualTo(b("a1"));
    assertThat(cache.answer("/api/review?month=2024-10", "v1", () -> b("a" + computed.incrementAndGet()))).isEqualTo(b("a2"));
    assertThat(computed).hasValue(2);
    assertThat(cache.answer("/api/review?month=2024-11", "v2", () -> b("a" + computed.incrementAndGet()))).isEqualTo(b("a3"));
    assertThat(cache.size()).isEqualTo(1);
  }

  @Test
  void failuresAreNotKeptAndTheOldestAnswersLeaveFirst() {
    AnswerCache cache = new AnswerCache(2);
    assertThatThrownBy(() -> cache.answer("q", "v", () -> {
      throw new IllegalArgumentException("bad month");
    })).isInstanceOf(IllegalArgumentException.class).hasMessage("bad month");
    assertThat(cache.answer("q", "v", () -> b("ok"))).isEqualTo(b("ok"));
    cache.answer("r", "v", () -> b("r"));
    cache.answer("s", "v", () -> b("s"));
    assertThat(cache.size()).isEqualTo(2);
    assertThat(cache.answer("q", "v", () -> b("again"))).isEqualTo(b("again"));
  }

  @Test
  void concurrentAskersOfANewQuestionWaitForOneComputation() throws Exception {
    AnswerCache cache = new AnswerCache(10);
    AtomicInteger computed = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<byte[]>> asked = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        asked.add(pool.submit(() -> {
          start.await();
          return cache.answer("q", "v", () -> {
            computed.incrementAndGet();
            try {
              Thread.sleep(200);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return b("x");
          });
        }));
      }
      start.countDown();
      for (Future<byte[]> f : asked) {
        assertThat(f.get()).isEqualTo(b("x"));
      }
      assertThat(computed).hasValue(1);
    } finally {
      pool.shutdown();
    }
  }
}
