package org.sectordesk.web;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.sectordesk.desk.Desk;
import org.sectordesk.desk.DataVersion;

/**
 * The web desk's hold on its workspace. The database is open (read-only, so CLI reads run beside it) while requests
 * use it, and released {@code linger} after the last one: a CLI import (which waits for the file up to
 * {@code DESK_LOCK_WAIT}) then runs between requests, and the desk answers from the new data afterwards. Each
 * request gets a unit of work (a connection of its own) on the open database.
 */
final class StoreHold implements AutoCloseable {
  private final Path dir;
  private final long lingerNanos;
  private final ScheduledExecutorService closer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "desk-store-release");
    t.setDaemon(true);
    return t;
  });
  private Desk desk;
  private int users;
  private ScheduledFuture<?> release;
  private boolean closed;

  StoreHold(Path dir, Duration linger) {
    this.dir = dir;
    this.lingerNanos = linger.toNanos();
  }

  /** The version of the data the answers come from: the store's files, desk.yaml, the news and scheme folders. */
  DataVersion dataVersion() {
    return DataVersion.ofWorkspace(dir);
  }

  /** A unit of work on the open workspace (opening it when released): give it back with {@link #done(Desk)}. */
  synchronized Desk unit() {
    if (closed) {
      throw new IllegalStateException("the web desk is stopping");
    }
    if (release != null) {
      release.cancel(false);
      release = null;
    }
    if (desk == null) {
      desk = Desk.openReadOnly(dir);   // waits for a running import up to DESK_LOCK_WAIT, then says so (409)
    }
    Desk unit = desk.unitOfWork();
    users++;
    return unit;
  }

  synchronized void done(Desk unit) {
    try {
      unit.close();
    } finally {
      users--;
      if (users == 0 && !closed) {
        release = closer.schedule(this::releaseIfIdle, lingerNanos, TimeUnit.NANOSECONDS);
      }
    }
  }

  private synchronized void releaseIfIdle() {
    if (users == 0 && desk != null) {
      desk.close();
      desk = null;
    }
  }

  /** True while the database is open (for tests and messages). */
  synchronized boolean open() {
    return desk != null;
  }

  @Override
  public synchronized void close() {
    closed = true;
    closer.shutdownNow();
    if (desk != null) {
      desk.close();
      desk = null;
    }
  }
}
