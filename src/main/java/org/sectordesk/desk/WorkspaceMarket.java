package org.sectordesk.desk;

import org.sectordesk.store.DuckDbMarketStore;
import org.sectordesk.store.MarketStore;
import org.sectordesk.workspace.Workspace;

/** The market store of a workspace. */
final class WorkspaceMarket {
  private WorkspaceMarket() {}

  static MarketStore of(Workspace ws) {
    return new DuckDbMarketStore(ws.database());
  }
}
