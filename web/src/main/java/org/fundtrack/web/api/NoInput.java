package org.fundtrack.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of an action that takes no input: an empty JSON object, {@code {}}. Every state-changing
 * call sends a JSON body, which is what a page of another site cannot make a browser send; {@link
 * StrictJson} refuses anything but {@code {}} here, as it refuses a field any record lacks.
 */
@JsonbPropertyOrder({})
@Schema(
    name = "NoInput",
    description = "An empty JSON object, {}: the action takes no input",
    maxProperties = 0)
public record NoInput() {}
