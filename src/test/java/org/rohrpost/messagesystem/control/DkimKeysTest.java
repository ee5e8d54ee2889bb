package org.rohrpost.messagesystem.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rohrpost.validation.control.FieldError;
import org.rohrpost.validation.control.FieldErrors;
import org.rohrpost.validation.control.InvalidInputException;

class DkimKeysTest {
  private static final KeyPair RSA_2048 = TestKeys.rsa(2048);

  @Test
  void acceptsAPkcs8RsaKeyAndStoresItSoThatItReadsBackTheSame() throws Exception {
    FieldErrors errors = new FieldErrors();
    RSAPrivateKey key =
        DkimKeys.check(errors, "mail.example.com", "s2048", TestKeys.pem(RSA_2048.getPrivate()));
    assertThat(errors.isEmpty()).isTrue();
    assertThat(key.getModulus().bitLength()).isEqualTo(2048);
    assertThat(key.getEncoded()).isEqualTo(RSA_2048.getPrivate().getEncoded());
    String stored = DkimKeys.encode(key);
    assertThat(DkimKeys.decode(stored).getEncoded()).isEqualTo(key.getEncoded());
  }

  @Test
  void acceptsA1024BitKeyWithCrLfLinesAndTextAroundIt() {
    String pem = "key:\r\n" + TestKeys.pem(TestKeys.rsa(1024).getPrivate()).replace("\n", "\r\n");
    FieldErrors errors = new FieldErrors();
    assertThat(DkimKeys.check(errors, "example.com", "s1", pem)).isNotNull();
    assertThat(errors.isEmpty()).isTrue();
  }

  @Test
  void refusesGarbage() {
    assertThat(keyError("not a key at all")).startsWith("must be a PEM private key");
    assertThat(keyError("-----BEGIN PRIVATE KEY-----\n!!!\n-----END PRIVATE KEY-----"))
        .isEqualTo("is not valid base64 between its BEGIN and END lines");
    assertThat(keyError(TestKeys.pem("PRIVATE KEY", "garbage of the right kind".getBytes())))
        .isEqualTo("is not a readable PKCS#8 private key");
  }

  @Test
  void refusesAKeyShorterThan1024Bits() {
    assertThat(keyError(TestKeys.pem(TestKeys.rsa(512).getPrivate())))
        .isEqualTo("has 512 bits; DKIM needs at least 1024 (2048 are recommended)");
  }

  @Test
  void refusesAKeyLongerThan4096Bits() {
    assertThat(keyError(TestKeys.pem(TestKeys.largeRsa(8192))))
        .isEqualTo("has 8192 bits; at most 4096 (receivers need not check more)");
  }

  @Test
  void refusesAnEcKeyInEitherForm() {
    KeyPair ec = TestKeys.ec();
    assertThat(keyError(TestKeys.pem(ec.getPrivate())))
        .isEqualTo("holds a key of type EC; DKIM signing needs an RSA key");
    assertThat(keyError(TestKeys.pem("EC PRIVATE KEY", new byte[] {1, 2, 3})))
        .isEqualTo("is not an RSA key (BEGIN EC PRIVATE KEY); DKIM signing needs an RSA key");
  }

  @Test
  void refusesPkcs1EncryptedAndPublicKeysSayingWhatToDo() {
    assertThat(keyError(TestKeys.pkcs1Pem(RSA_2048.getPrivate())))
        .startsWith("is a PKCS#1 key (BEGIN RSA PRIVATE KEY); give it as PKCS#8")
        .contains("openssl pkcs8 -topk8 -nocrypt");
    assertThat(keyError(TestKeys.pem("ENCRYPTED PRIVATE KEY", new byte[] {1})))
        .startsWith("is protected by a passphrase");
    assertThat(keyError(TestKeys.pem("PUBLIC KEY", RSA_2048.getPublic().getEncoded())))
        .isEqualTo("is a PEM PUBLIC KEY, not a private key");
  }

  @Test
  void errorMessagesNeverQuoteTheKey() {
    String body = Base64.getEncoder().encodeToString(RSA_2048.getPrivate().getEncoded());
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> {
              FieldErrors errors = new FieldErrors();
              DkimKeys.check(errors, "bad_domain", "s1", TestKeys.pkcs1Pem(RSA_2048.getPrivate()));
              errors.throwIfAny();
            });
    assertThat(e.errors()).extracting(FieldError::field).contains("dkim.privateKey");
    assertThat(e.getMessage()).doesNotContain(body.substring(40, 80));
    assertThat(e.errors().toString()).doesNotContain(body.substring(40, 80));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "example",
        "bad_domain.example",
        "-bad.example",
        "bad-.example",
        "exa mple.com",
        "example.com.",
        "a..example",
        "192.168.0.1",
        "xn--bcher-kva.example\n"
      })
  void refusesADomainThatIsNotADnsName(String domain) {
    assertThat(errors(domain, "s1", TestKeys.pem(RSA_2048.getPrivate())))
        .containsExactly(new FieldError("dkim.domain", "must be a DNS name such as example.com"));
  }

  @Test
  void refusesADomainLongerThan253Characters() {
    String domain = ("a".repeat(60) + ".").repeat(5) + "example";
    assertThat(domain).hasSizeGreaterThan(253);
    assertThat(errors(domain, "s1", TestKeys.pem(RSA_2048.getPrivate())))
        .extracting(FieldError::field)
        .containsExactly("dkim.domain");
  }

  @ParameterizedTest
  @ValueSource(strings = {"s1.s2", "bad_selector", "-s", "s-", "a b"})
  void refusesASelectorThatIsNotOneDnsLabel(String selector) {
    assertThat(errors("example.com", selector, TestKeys.pem(RSA_2048.getPrivate())))
        .extracting(FieldError::field)
        .containsExactly("dkim.selector");
  }

  @Test
  void refusesASelectorLongerThan63Characters() {
    assertThat(errors("example.com", "s".repeat(64), TestKeys.pem(RSA_2048.getPrivate())))
        .extracting(FieldError::field)
        .containsExactly("dkim.selector");
    assertThat(errors("example.com", "s".repeat(63), TestKeys.pem(RSA_2048.getPrivate())))
        .isEmpty();
  }

  @Test
  void reportsEveryMissingPart() {
    assertThat(errors(null, " ", null))
        .containsExactly(
            new FieldError("dkim.domain", "is required"),
            new FieldError("dkim.selector", "is required"),
            new FieldError("dkim.privateKey", "is required"));
  }

  @Test
  void theDefinitionNeverPrintsTheKey() {
    String pem = TestKeys.pem(RSA_2048.getPrivate());
    assertThat(new MessageSystems.Dkim("example.com", "s1", pem).toString())
        .contains("example.com", "s1")
        .doesNotContain("BEGIN", pem.substring(40, 80));
    assertThat(new DkimKey("example.com", "s1", (RSAPrivateKey) RSA_2048.getPrivate()).toString())
        .doesNotContain("modulus", "exponent");
  }

  private static String keyError(String pem) {
    List<FieldError> errors = errors("example.com", "s1", pem);
    assertThat(errors).extracting(FieldError::field).containsExactly("dkim.privateKey");
    return errors.get(0).message();
  }

  private static List<FieldError> errors(String domain, String selector, String pem) {
    FieldErrors errors = new FieldErrors();
    RSAPrivateKey key = DkimKeys.check(errors, domain, selector, pem);
    try {
      errors.throwIfAny();
    } catch (InvalidInputException e) {
      return e.errors();
    }
    assertThat(key).isNotNull();
    return List.of();
  }
}
