package org.cartellab.app.cli;

import java.io.PrintWriter;
import org.cartellab.app.i18n.Messages;
import org.cartellab.app.output.OutputRefusedException;
import org.cartellab.app.store.StoreException;
import org.cartellab.data.DataFormatException;
import org.cartellab.model.NumericalTroubleException;

/**
 * The CLI's one mapping from a failure to an exit code and a one-line message (control characters made visible):
 * 2 for bad input (a file, flag or value, an output destination, the run store), 3 for numerical trouble in an
 * engine, 1 with a stack trace only for a fault in this program.
 */
final class ExitCodes {
    private ExitCodes() {}

    /** The exit code for {@code ex}, after printing its message on {@code err} in English. */
    static int report(Throwable ex, PrintWriter err) { return report(ex, err, Messages.english()); }

    /** The exit code for {@code ex}, after printing its message on {@code err} with the frame of {@code t}'s language. */
    static int report(Throwable ex, PrintWriter err, Messages t) {
        int code = code(ex);
        if (code == 1) {
            err.println(t.get("cli.internal_error", TerminalText.clean(String.valueOf(ex))));
            ex.printStackTrace(err);
        } else {
            err.println(t.get("cli.error", TerminalText.clean(message(ex, t))));
        }
        err.flush();
        return code;
    }

    static int code(Throwable ex) {
        if (ex instanceof NumericalTroubleException) return Main.EXIT_NUMERICAL;
        if (ex instanceof ArithmeticException) return Main.EXIT_NUMERICAL;
        if (ex instanceof DataFormatException || ex instanceof BadInputException || ex instanceof OutputRefusedException
                || ex instanceof StoreException || ex instanceof java.io.UncheckedIOException || ex instanceof java.io.IOException
                || ex instanceof java.nio.file.InvalidPathException) {
            return Main.EXIT_BAD_INPUT;
        }
        // Constructors and validators reject values with IllegalArgumentException (a value outside what the model
        // accepts, e.g. a parameter multiplied past the largest double): that is bad input, not a fault.
        if (ex instanceof IllegalArgumentException) return Main.EXIT_BAD_INPUT;
        return 1;
    }

    private static String message(Throwable ex, Messages t) {
        String m = ex.getMessage();
        if (ex instanceof java.nio.file.NoSuchFileException) return t.get("cli.file_not_found", m);
        if (ex instanceof java.io.UncheckedIOException && ex.getCause() instanceof java.nio.file.NoSuchFileException n) {
            return t.get("cli.file_not_found", n.getFile());
        }
        if (m == null || m.isBlank()) return ex.getClass().getSimpleName();
        if (m.length() > 2000) m = m.substring(0, 2000) + t.get("cli.message_cut");
        return m;
    }
}
