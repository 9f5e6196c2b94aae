package org.sectordesk.sample;

import java.util.List;
import org.sectordesk.domain.Bar;
import org.sectordesk.domain.Capitalisation;
import org.sectordesk.domain.FxRate;
import org.sectordesk.domain.ValuationPoint;

/**
 * The synthetic market data of the sample workspace (see {@link SampleMarket}).
 *
 * @param bars            daily bars of every security in the sample {@code desk.yaml}, by code then date
 * @param fx              USD/CNY and HKD/CNY on mainland business days, USD/HKD on Hong Kong business days
 * @param capitalisation  shares outstanding of every stock, each from its date on
 * @param valuation       daily PE-TTM of HSTECH.HI (from its 2020-07-27 launch), HSI.HI and 000300.SH
 */
public record SampleData(List<Bar> bars, List<FxRate> fx, List<Capitalisation> capitalisation,
    List<ValuationPoint> valuation) {
  public SampleData {
    bars = List.copyOf(bars);
    fx = List.copyOf(fx);
    capitalisation = List.copyOf(capitalisation);
    valuation = List.copyOf(valuation);
  }
}
