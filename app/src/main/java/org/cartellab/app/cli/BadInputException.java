package org.cartellab.app.cli;

/** A user error the CLI reports in one line with exit code 2 (a flag or value that cannot be used). */
public final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) { super(message); }
}
