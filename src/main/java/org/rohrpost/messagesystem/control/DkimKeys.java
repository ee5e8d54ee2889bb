package org.rohrpost.messagesystem.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rohrpost.validation.control.FieldErrors;

/**
 * The rules for DKIM settings: the domain a DNS name, the selector one DNS label, the key an
 * unencrypted PEM PKCS#8 RSA private key of 1024 to 4096 bits. Stored keys are base64 PKCS#8. Error
 * messages never quote the key.
 */
public final class DkimKeys {
  static final int MIN_BITS = 1024;
  static final int MAX_BITS = 4096;
  static final int MAX_PEM_LENGTH = 10_000;

  private static final Pattern LABEL =
      Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
  private static final Pattern PEM =
      Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);
  private static final List<String> OTHER_ALGORITHMS = List.of("EC", "EdDSA", "XDH", "DSA");

  private DkimKeys() {}

  /** The key of valid DKIM settings, or null with errors on {@code dkim.domain} and so on. */
  public static RSAPrivateKey check(
      FieldErrors errors, String domain, String selector, String privateKey) {
    if (errors.required("dkim.domain", domain)) {
      errors.check(isDomain(domain), "dkim.domain", "must be a DNS name such as example.com");
    }
    if (errors.required("dkim.selector", selector)) {
      errors.check(
          isLabel(selector),
          "dkim.selector",
          "must be one DNS label: letters, digits and inner hyphens, at most 63");
    }
    if (!errors.required("dkim.privateKey", privateKey)) {
      return null;
    }
    try {
      return parse(privateKey);
    } catch (InvalidKeyException e) {
      errors.add("dkim.privateKey", e.getMessage());
      return null;
    }
  }

  /** A PEM PKCS#8 RSA private key fit for DKIM; the exception's message says what is wrong. */
  static RSAPrivateKey parse(String pem) throws InvalidKeyException {
    if (pem.length() > MAX_PEM_LENGTH) {
      throw new InvalidKeyException("is longer than " + MAX_PEM_LENGTH + " characters");
    }
    Matcher block = PEM.matcher(pem);
    if (!block.find()) {
      throw new InvalidKeyException(
          "must be a PEM private key (-----BEGIN PRIVATE KEY----- … -----END PRIVATE KEY-----)");
    }
    String label = block.group(1);
    switch (label) {
      case "PRIVATE KEY" -> {}
      case "RSA PRIVATE KEY" ->
          throw new InvalidKeyException(
              "is a PKCS#1 key (BEGIN RSA PRIVATE KEY); give it as PKCS#8 (BEGIN PRIVATE KEY),"
                  + " e.g. converted with: openssl pkcs8 -topk8 -nocrypt -in key.pem");
      case "ENCRYPTED PRIVATE KEY" ->
          throw new InvalidKeyException(
              "is protected by a passphrase; give it unencrypted (it is stored encrypted)");
      default ->
          throw new InvalidKeyException(
              label.endsWith("PRIVATE KEY")
                  ? "is not an RSA key (BEGIN " + label + "); DKIM signing needs an RSA key"
                  : "is a PEM " + label + ", not a private key");
    }
    byte[] der;
    try {
      der = Base64.getDecoder().decode(block.group(2).replaceAll("\\s", ""));
    } catch (IllegalArgumentException e) {
      throw new InvalidKeyException("is not valid base64 between its BEGIN and END lines");
    }
    return fromPkcs8(der);
  }

  /** The stored form of a checked key. */
  public static String encode(RSAPrivateKey key) {
    return Base64.getEncoder().encodeToString(key.getEncoded());
  }

  /** A key in its stored form. */
  public static RSAPrivateKey decode(String stored) throws InvalidKeyException {
    return fromPkcs8(Base64.getDecoder().decode(stored.getBytes(StandardCharsets.US_ASCII)));
  }

  private static RSAPrivateKey fromPkcs8(byte[] der) throws InvalidKeyException {
    PrivateKey key;
    try {
      key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (GeneralSecurityException e) {
      throw new InvalidKeyException(
          otherAlgorithm(der) == null
              ? "is not a readable PKCS#8 private key"
              : "holds a key of type " + otherAlgorithm(der) + "; DKIM signing needs an RSA key");
    }
    if (!(key instanceof RSAPrivateKey rsa)) {
      throw new InvalidKeyException("is not an RSA private key");
    }
    int bits = rsa.getModulus().bitLength();
    if (bits < MIN_BITS) {
      throw new InvalidKeyException(
          "has " + bits + " bits; DKIM needs at least " + MIN_BITS + " (2048 are recommended)");
    }
    if (bits > MAX_BITS) {
      throw new InvalidKeyException(
          "has " + bits + " bits; at most " + MAX_BITS + " (receivers need not check more)");
    }
    try {
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(rsa);
      signature.update(new byte[] {1});
      signature.sign();
    } catch (GeneralSecurityException e) {
      throw new InvalidKeyException("cannot sign with rsa-sha256");
    }
    return rsa;
  }

  /** The algorithm of a PKCS#8 key that is not RSA, or null if none reads it. */
  private static String otherAlgorithm(byte[] der) {
    for (String algorithm : OTHER_ALGORITHMS) {
      try {
        KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
        return algorithm;
      } catch (GeneralSecurityException | RuntimeException e) {
        // not this one either
      }
    }
    return null;
  }

  private static boolean isDomain(String name) {
    if (name.length() > 253) {
      return false;
    }
    String[] labels = name.split("\\.", -1);
    if (labels.length < 2 || labels[labels.length - 1].matches("[0-9]+")) {
      return false;
    }
    for (String label : labels) {
      if (!isLabel(label)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLabel(String label) {
    return LABEL.matcher(label).matches();
  }
}
