package org.rohrpost;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API, under {@code /api/v1}. */
@ApplicationPath("api/v1")
public class RohrpostApplication extends Application {}
