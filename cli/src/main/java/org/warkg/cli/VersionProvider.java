package org.warkg.cli;

import org.warkg.pipeline.Extractor;
import picocli.CommandLine.IVersionProvider;

/** Prints the extractor's version for {@code kg --version}. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"kg " + Extractor.version()};
    }
}
