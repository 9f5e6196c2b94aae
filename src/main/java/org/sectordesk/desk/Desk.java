package org.sectordesk.desk;

import java.nio.file.Path;
import java.time.Clock;
import org.sectordesk.store.DuckDbMarketStore;
import org.sectordesk.store.MarketStore;
import org.sectordesk.workspace.Workspace;

/** An open workspace and its use cases; the faces (CLI, web) hold one per command or request. */
public final class Desk implements AutoCloseable {
  private final Workspace workspace;
  private final DuckDbMarketStore market;

  private Desk(Workspace workspace) {
    this.workspace = workspace;
    this.market = new DuckDbMarketStore(workspace.database());
  }

  public static Desk open(Path dir) {
    return new Desk(Workspace.open(dir));
  }

  /** The desk for a command that only reads: it runs beside other readers and never takes the writer's lock. */
  public static Desk openToRead(Path dir) {
    return new Desk(Workspace.openToRead(dir));
  }

  public Workspace workspace() {
    return workspace;
  }

  public MarketStore marketStore() {
    return market;
  }

  public MarketDesk market() {
    return new MarketDesk(workspace.reference(), market, workspace.fxPolicy(), workspace.conventions());
  }

  public MarketImports imports() {
    return new MarketImports(workspace, market, Clock.systemUTC());
  }

  /** Metric series: import, list, show. */
  public SeriesDesk series() {
    return SeriesDesk.open(workspace);
  }

  @Override
  public void close() {
    workspace.close();
  }
}
