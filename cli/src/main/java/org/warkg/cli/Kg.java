package org.warkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code kg} command: one subcommand per verb. */
@Command(name = "kg", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "War-news knowledge graph: extract, ingest, serve, query.",
    subcommands = {ExtractCommand.class, IngestCommand.class, FollowCommand.class, WatchCommand.class,
        CompactCommand.class, SummarizeCommand.class, ServeCommand.class,
        EvaluateCommand.class, TrainNamesCommand.class, TrainEventsCommand.class, TrainAgentsCommand.class,
        BenchCommand.class, QueryCommand.class, ExportCommand.class, SparkExtractCommand.class,
        LoadNQuadsCommand.class, CommandLine.HelpCommand.class})
public final class Kg {

    @Option(names = FailureReport.VERBOSE, scope = ScopeType.INHERIT,
        description = "On failure, print the stack trace as well as the cause.")
    boolean verbose;

    private Kg() {}

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String... args) {
        return new CommandLine(new Kg()).setCaseInsensitiveEnumValuesAllowed(true)
            .setExecutionExceptionHandler(new FailureReport()).execute(args);
    }
}
