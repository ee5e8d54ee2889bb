package org.rohrpost.endtoend;

import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every end-to-end test class shares (arquillian-suite-extension, see
 * arquillian.xml): Payara boots once for the whole run, not once per class.
 */
@ArquillianSuiteDeployment
public class ItDeployment {
  @Deployment(testable = false)
  public static WebArchive rohrpost() {
    return RohrpostWar.built();
  }
}
