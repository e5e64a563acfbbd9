package org.warkg.cli;

/**
 * A failure a command can explain: what went wrong and what to do about it, each
 * on one line, printed without a stack trace by {@link FailureReport}.
 */
final class CommandException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String fix;
    private final int exitCode;

    /** A failure with exit code 1. */
    CommandException(String cause, String fix) {
        this(cause, fix, 1);
    }

    CommandException(String cause, String fix, int exitCode) {
        super(cause);
        this.fix = fix;
        this.exitCode = exitCode;
    }

    /** What to do about it, or null when the cause says it all. */
    String fix() {
        return fix;
    }

    int exitCode() {
        return exitCode;
    }
}
