package org.rohrpost.generated;

import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Stands in for the generated client's module of this name, which openapi-generator writes for
 * Jackson 2.16 and later while the tests have Flyway's 2.15 (pom.xml). That module only reads times
 * with a space for the 'T', which the API never sends; the client's JavaTimeModule reads its times.
 */
public class RFC3339JavaTimeModule extends SimpleModule {
  private static final long serialVersionUID = 1L;
}
