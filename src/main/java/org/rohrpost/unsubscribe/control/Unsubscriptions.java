package org.rohrpost.unsubscribe.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.rohrpost.security.control.Secrets;
import org.rohrpost.server.control.ServerSettings;
import org.rohrpost.suppression.control.Suppressions;

/**
 * Unsubscribe links for bulk mail, signed with a key of their own derived from the secret, and what
 * they do: put the address on the client's suppression list.
 */
@ApplicationScoped
public class Unsubscriptions {
  static final String KEY_PURPOSE = "rohrpost-unsubscribe";
  static final String REASON = "unsubscribed by link";

  @Inject Secrets secrets;
  @Inject ServerSettings settings;
  @Inject Suppressions suppressions;

  private UnsubscribeTokens tokens;

  @PostConstruct
  void init() {
    tokens =
        new UnsubscribeTokens(
            secrets.derive(KEY_PURPOSE), settings.unsubscribeValidity(), Clock.systemUTC());
  }

  /** The links that unsubscribe {@code email} from the client's mail sent {@code from}. */
  public ListUnsubscribe links(String client, String email, String from) {
    return ListUnsubscribe.of(settings.publicUrl(), from, tokens.issue(client, email));
  }

  /** What a token is worth, without acting on it. */
  public TokenCheck check(String token) {
    return tokens.check(token);
  }

  /** Suppresses the address of a valid token for its client; a second time changes nothing. */
  public TokenCheck unsubscribe(String token) {
    TokenCheck check = tokens.check(token);
    if (check.result() == TokenCheck.Result.VALID) {
      suppressions.ensure(check.client(), check.email(), REASON);
    }
    return check;
  }
}
