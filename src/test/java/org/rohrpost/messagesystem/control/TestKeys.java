package org.rohrpost.messagesystem.control;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAPrivateKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.apache.james.jdkim.DKIMVerifier;
import org.apache.james.jdkim.exceptions.PermFailException;

/** Keys for the DKIM tests, made fresh for each run, and their PEM and DNS record forms. */
public final class TestKeys {
  private TestKeys() {}

  public static KeyPair rsa(int bits) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(bits);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public static KeyPair ec() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * An RSA private key of {@code bits} that is not a real key pair: generating a large one takes
   * too long for a test that only looks at its size.
   */
  public static PrivateKey largeRsa(int bits) {
    SecureRandom random = new SecureRandom();
    BigInteger modulus = new BigInteger(bits, random).setBit(bits - 1).setBit(0);
    BigInteger exponent = new BigInteger(bits - 8, random).setBit(0);
    try {
      return KeyFactory.getInstance("RSA")
          .generatePrivate(new RSAPrivateKeySpec(modulus, exponent));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** PKCS#8 PEM, as {@code openssl genpkey} writes it. */
  public static String pem(PrivateKey key) {
    return pem("PRIVATE KEY", key.getEncoded());
  }

  /**
   * PKCS#1 PEM of a 2048-bit RSA key, as older {@code openssl genrsa} writes it: the PKCS#8 form
   * without its 26-byte algorithm header.
   */
  public static String pkcs1Pem(PrivateKey key) {
    byte[] pkcs8 = key.getEncoded();
    return pem("RSA PRIVATE KEY", Arrays.copyOfRange(pkcs8, 26, pkcs8.length));
  }

  public static String pem(String label, byte[] der) {
    return "-----BEGIN "
        + label
        + "-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END "
        + label
        + "-----\n";
  }

  /** The DNS TXT record that publishes the public key, as at {@code selector._domainkey}. */
  public static String dkimRecord(PublicKey key) {
    return "v=DKIM1; k=rsa; p=" + Base64.getEncoder().encodeToString(key.getEncoded());
  }

  /**
   * An independent DKIM verifier (Apache James jDKIM) whose DNS knows only {@code
   * selector._domainkey.domain}, publishing the public key of {@code keys}.
   */
  public static DKIMVerifier verifier(KeyPair keys, String selector, String domain) {
    String record = dkimRecord(keys.getPublic());
    return new DKIMVerifier(
        (method, askedSelector, askedDomain) -> {
          if ("dns/txt".contentEquals(method)
              && selector.contentEquals(askedSelector)
              && domain.contentEquals(askedDomain)) {
            return List.of(record);
          }
          throw new PermFailException("no key at " + askedSelector + "._domainkey." + askedDomain);
        });
  }
}
