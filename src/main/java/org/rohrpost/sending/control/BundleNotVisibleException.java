package org.rohrpost.sending.control;

/**
 * A bundle's signal arrived before the bundle: XA commits the broker and the database in either
 * order. Waiting a little, or a redelivery, finds it.
 */
public class BundleNotVisibleException extends RuntimeException {
  public BundleNotVisibleException(long bundleId) {
    super("Bundle " + bundleId + " is not visible yet", null, false, false);
  }
}
