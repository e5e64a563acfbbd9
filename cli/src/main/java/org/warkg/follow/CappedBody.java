package org.warkg.follow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a limit, and gives up as soon as the body is known to be
 * larger (from Content-Length, or from the bytes so far) rather than after reading it all.
 */
final class CappedBody implements BodySubscriber<byte[]> {

    private final long max;
    private final long declared;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    private CappedBody(long max, long declared) {
        this.max = max;
        this.declared = declared;
    }

    /** Bodies of at most {@code max} bytes. */
    static BodyHandler<byte[]> handler(long max) {
        return info -> new CappedBody(max, info.headers().firstValueAsLong("Content-Length").orElse(-1));
    }

    /** The body was larger than the limit. */
    static final class TooLarge extends IOException {

        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (declared > max) {
            refuse(declared + " bytes, limit " + max);
        } else {
            s.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            byte[] bytes = new byte[item.remaining()];
            item.get(bytes);
            buffer.write(bytes, 0, bytes.length);
        }
        if (buffer.size() > max) {
            refuse("over the limit of " + max + " bytes");
        } else {
            subscription.request(1);
        }
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(buffer.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    private void refuse(String size) {
        subscription.cancel();
        result.completeExceptionally(new TooLarge("too large (" + size + ")"));
    }
}
