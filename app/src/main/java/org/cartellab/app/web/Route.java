package org.cartellab.app.web;

/** One HTTP route the server answers, as listed in the OpenAPI document (path in OpenAPI's {param} form). */
public record Route(String method, String path) {}
