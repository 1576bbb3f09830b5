package org.cartellab.app.output;

/** A destination the output rule will not write to; the message names the path, the reason and the way out. */
public final class OutputRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OutputRefusedException(String message) { super(message); }

    public OutputRefusedException(String message, Throwable cause) { super(message, cause); }
}
