package org.rohrpost.server.control;

import org.eclipse.persistence.platform.server.ServerPlatformBase;
import org.eclipse.persistence.sessions.DatabaseSession;
import org.eclipse.persistence.sessions.ExternalTransactionController;
import org.eclipse.persistence.transaction.JTATransactionController;

/**
 * EclipseLink on Narayana outside a server: its JTA controller, with the transaction manager that
 * {@link JobsOnSe} sets as the default (there is no JNDI to look it up in).
 */
public final class NarayanaPlatform extends ServerPlatformBase {
  public NarayanaPlatform(DatabaseSession session) {
    super(session);
  }

  @Override
  public Class<? extends ExternalTransactionController> getExternalTransactionControllerClass() {
    return JTATransactionController.class;
  }
}
