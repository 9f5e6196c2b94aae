package org.sectordesk.estimates;

/** Forward price/earnings: the price converted into the EPS currency over EPS per traded unit. */
public final class ForwardPe {
  private ForwardPe() {}

  /**
   * @param price         price per traded unit (share or ADS) in the trading currency
   * @param fx            units of the EPS currency one unit of the trading currency buys
   * @param epsPerUnit    EPS per traded unit in the EPS currency (per ADS for ADRs)
   * @return the PE; negative for negative EPS; NaN for zero EPS or missing inputs
   */
  public static double of(double price, double fx, double epsPerUnit) {
    if (Double.isNaN(price) || Double.isNaN(fx) || Double.isNaN(epsPerUnit) || epsPerUnit == 0) {
      return Double.NaN;
    }
    return price * fx / epsPerUnit;
  }
}
