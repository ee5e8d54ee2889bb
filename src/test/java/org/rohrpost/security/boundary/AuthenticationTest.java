package org.rohrpost.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class AuthenticationTest {
  @Test
  void aBasicHeaderGivesItsUserAndPasswordWhichMayHoldAColon() {
    UsernamePasswordCredential credential =
        Authentication.basicCredential("Basic " + encode("ada:secret:with:colons"));
    assertThat(credential.getCaller()).isEqualTo("ada");
    assertThat(credential.getPasswordAsString()).isEqualTo("secret:with:colons");
    assertThat(Authentication.basicCredential("basic " + encode("ada:x")).getCaller())
        .as("the scheme in any case")
        .isEqualTo("ada");
  }

  @Test
  void anythingElseIsNoCredential() {
    assertThat(Authentication.basicCredential(null)).isNull();
    assertThat(Authentication.basicCredential("Bearer abc")).isNull();
    assertThat(Authentication.basicCredential("Basic not-base64!")).isNull();
    assertThat(Authentication.basicCredential("Basic " + encode("no colon"))).isNull();
  }

  @Test
  void aBearerHeaderGivesItsTokenAndNothingElseDoes() {
    assertThat(Authentication.bearerToken("Bearer rp_abc")).isEqualTo("rp_abc");
    assertThat(Authentication.bearerToken("bearer  rp_abc ")).isEqualTo("rp_abc");
    assertThat(Authentication.bearerToken("Bearer ")).isNull();
    assertThat(Authentication.bearerToken("Basic " + encode("ada:x"))).isNull();
    assertThat(Authentication.bearerToken(null)).isNull();
  }

  private static String encode(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
