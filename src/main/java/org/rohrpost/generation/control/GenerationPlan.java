package org.rohrpost.generation.control;

import org.rohrpost.ledger.entity.Message;
import org.rohrpost.template.control.TemplateRenderer;
import org.rohrpost.template.entity.Template;

/**
 * What generating one batch needs: whose population to read (and up to which position), the
 * compiled template, how its messages are to be delivered, and the trace it belongs to (null if
 * none).
 */
public record GenerationPlan(
    long batchId,
    long clientId,
    long populationId,
    int lastPosition,
    int generatedThrough,
    Template template,
    TemplateRenderer renderer,
    Message.Delivery delivery,
    String traceContext) {}
