package org.sectordesk.desk;

import org.sectordesk.store.MarketStore;
import org.sectordesk.workspace.Workspace;

/** The market store of a workspace. */
final class WorkspaceMarket {
  private WorkspaceMarket() {}

  static MarketStore of(Workspace ws) {
    // TODO(ratings): switch to the DuckDB MarketStore once it lands on main.
    throw new UnsupportedOperationException("the DuckDB market store is not merged yet");
  }
}
