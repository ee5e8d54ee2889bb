package org.rohrpost.unsubscribe.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.rohrpost.security.control.Secrets;
import org.rohrpost.server.control.ServerSettings;

/** Unsubscribe links for bulk mail, signed with a key of their own derived from the secret. */
@ApplicationScoped
public class Unsubscriptions {
  static final String KEY_PURPOSE = "rohrpost-unsubscribe";

  @Inject Secrets secrets;
  @Inject ServerSettings settings;

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
}
