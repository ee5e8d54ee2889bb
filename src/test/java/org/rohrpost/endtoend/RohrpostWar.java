package org.rohrpost.endtoend;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that {@code mvn package} built, as end-to-end tests deploy it unchanged. */
public final class RohrpostWar {
  private RohrpostWar() {}

  public static WebArchive built() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("rohrpost.war", "target/rohrpost.war")));
  }
}
