package org.sectordesk.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * The web desk's answers per question (the API path and its parameters) for one data version: a question asked
 * again on unchanged data gets the same bytes without being computed again; a new data version (any import) drops
 * every answer. Concurrent askers of a question not yet answered wait for one computation. Failures are not kept.
 * Holds at most {@code capacity} answers, the least recently asked leaving first.
 */
final class AnswerCache {
  private final Map<String, FutureTask<byte[]>> answers;
  private final int capacity;
  private Object version;

  /** A cache of {@code capacity} answers; 0 keeps none (every question is computed). */
  AnswerCache(int capacity) {
    this.capacity = capacity;
    this.answers = new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, FutureTask<byte[]>> eldest) {
        return size() > capacity;
      }
    };
  }

  /** The answer to {@code question} on data of {@code dataVersion}, computed by {@code compute} when not known. */
  byte[] answer(String question, Object dataVersion, Supplier<byte[]> compute) {
    if (capacity == 0) {
      return compute.get();
    }
    FutureTask<byte[]> task;
    boolean mine = false;
    synchronized (this) {
      if (!Objects.equals(version, dataVersion)) {
        answers.clear();
        version = dataVersion;
      }
      task = answers.get(question);
      if (task == null) {
        task = new FutureTask<>(compute::get);
        answers.put(question, task);
        mine = true;
      }
    }
    if (mine) {
      task.run();
    }
    try {
      return task.get();
    } catch (ExecutionException e) {
      synchronized (this) {
        answers.remove(question, task);
      }
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for an answer", e);
    }
  }

  synchronized int size() {
    return answers.size();
  }
}
