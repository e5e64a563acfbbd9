package org.warkg.cli;

import picocli.CommandLine.Command;

/** {@code kg bench ...}: the benchmarks whose figures BENCHMARKS.md records. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmarks: extraction throughput, a synthetic corpus, load throughput, query latency,"
        + " follow latency.",
    subcommands = {BenchExtractCommand.class, BenchCorpusCommand.class, BenchLoadCommand.class,
        BenchQueriesCommand.class, BenchFollowCommand.class})
final class BenchCommand {
}
