/** Traces of a batch's way through the server, over MicroProfile Telemetry (ADR 31). */
package org.rohrpost.tracing;
