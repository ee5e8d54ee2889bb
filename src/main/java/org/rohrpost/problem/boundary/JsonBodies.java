package org.rohrpost.problem.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import org.rohrpost.problem.control.JsonNesting;
import org.rohrpost.problem.control.StrictJson;

/**
 * The API reads JSON bodies strictly ({@link StrictJson}) and refuses them nested too deep while
 * they stream in ({@link JsonNesting}); what it refuses is answered by {@link
 * TechnicalProblemMappers}.
 */
@Provider
public class JsonBodies implements ContextResolver<Jsonb>, ReaderInterceptor {
  @Override
  public Jsonb getContext(Class<?> type) {
    return StrictJson.jsonb();
  }

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    if (type != null && type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("json")) {
      context.setInputStream(new JsonNesting(context.getInputStream()));
    }
    return context.proceed();
  }
}
