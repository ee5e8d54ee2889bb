package org.rohrpost.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginPageTest {
  @Test
  void goesOnOnlyToAnAdminPageOfThisApplication() {
    assertThat(LoginPage.isAdminPage("/admin/approval.xhtml?id=7")).isTrue();
    assertThat(LoginPage.isAdminPage("/admin/batches.xhtml")).isTrue();

    assertThat(LoginPage.isAdminPage(null)).isFalse();
    assertThat(LoginPage.isAdminPage("")).isFalse();
    assertThat(LoginPage.isAdminPage("https://evil.example/admin/")).isFalse();
    assertThat(LoginPage.isAdminPage("//evil.example/admin/")).isFalse();
    assertThat(LoginPage.isAdminPage("/admin//evil.example")).isFalse();
    assertThat(LoginPage.isAdminPage("/admin/\\evil.example")).isFalse();
    assertThat(LoginPage.isAdminPage("/admin/x\r\nLocation: https://evil.example")).isFalse();
    assertThat(LoginPage.isAdminPage("/api/v1/clients")).isFalse();
  }

  @Test
  void saysHowLongARefusedSignInMustWait() {
    assertThat(LoginPage.refusal(Duration.ofMillis(200)))
        .isEqualTo("Too many failed sign-ins. Try again in 1 second.");
    assertThat(LoginPage.refusal(Duration.ofMillis(3001)))
        .isEqualTo("Too many failed sign-ins. Try again in 4 seconds.");
    assertThat(LoginPage.refusal(Duration.ofMinutes(10)))
        .isEqualTo("Too many failed sign-ins. Try again in 10 minutes.");
  }
}
