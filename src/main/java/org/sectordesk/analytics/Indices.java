package org.sectordesk.analytics;

import java.util.List;
import org.sectordesk.domain.ReferenceData;
import org.sectordesk.domain.Security;
import org.sectordesk.domain.SecurityKind;

/** Which of the workspace's securities count as indices: those desk.yaml lists with kind index, in its order. */
public final class Indices {
  private Indices() {}

  public static List<String> codes(ReferenceData ref) {
    return ref.securities().values().stream().filter(s -> s.kind() == SecurityKind.INDEX).map(Security::code).toList();
  }
}
