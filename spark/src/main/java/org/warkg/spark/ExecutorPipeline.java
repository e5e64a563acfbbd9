package org.warkg.spark;

/**
 * The pipeline of this JVM, loaded on first use and shared by every task the
 * executor runs: the models take seconds and hundreds of MB, so never once per
 * task or file. The extractor is thread-safe, so concurrent tasks share it.
 */
final class ExecutorPipeline {

    private ExecutorPipeline() {}

    /** The holder's class is initialised, once and thread-safely, when first asked for. */
    private static final class Holder {
        static final ArticlePipeline PIPELINE = ArticlePipeline.standard();
    }

    static ArticlePipeline get() {
        return Holder.PIPELINE;
    }
}
