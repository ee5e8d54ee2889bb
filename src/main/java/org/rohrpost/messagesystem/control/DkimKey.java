package org.rohrpost.messagesystem.control;

import java.security.interfaces.RSAPrivateKey;

/** A message system's DKIM signing key, decrypted and read for sending; never printed. */
public record DkimKey(String domain, String selector, RSAPrivateKey privateKey) {
  @Override
  public String toString() {
    return "DkimKey[domain=" + domain + ", selector=" + selector + ", privateKey=(hidden)]";
  }
}
