package org.warkg.cli;

import picocli.CommandLine.Command;

/** {@code kg bench ...}: the benchmarks whose figures BENCHMARKS.md records. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmarks: extraction throughput, a synthetic corpus, load throughput.",
    subcommands = {BenchExtractCommand.class, BenchCorpusCommand.class, BenchLoadCommand.class})
final class BenchCommand {
}
