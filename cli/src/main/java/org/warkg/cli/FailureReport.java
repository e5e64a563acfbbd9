package org.warkg.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints a failed command's {@link Failure} as one or two plain lines; the stack
 * trace only with {@code --verbose}, for those who debug rather than use the tool.
 */
final class FailureReport implements IExecutionExceptionHandler {

    static final String VERBOSE = "--verbose";

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        Failure failure = Failure.of(e);
        err.println("error: " + failure.cause());
        if (failure.fix() != null) {
            err.println(failure.fix());
        }
        if (verbose(parsed)) {
            e.printStackTrace(err);
        }
        err.flush();
        return failure.exitCode();
    }

    /** Whether --verbose was given at any level of the command line. */
    private static boolean verbose(ParseResult parsed) {
        for (ParseResult level = parsed; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption(VERBOSE)) {
                return true;
            }
        }
        return false;
    }
}
