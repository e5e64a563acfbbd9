package org.warkg.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/** A response that is sent as usual and copied on the way, up to a size, so that it can be sent again. */
final class CopyingResponse extends HttpServletResponseWrapper {

    /** Headers that belong to one sending, not to the answer. */
    private static final Set<String> OWN_HEADERS = Set.of("content-length", "date", "transfer-encoding",
        "fuseki-request-id");

    private final int limit;
    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
    private boolean whole = true;
    private ServletOutputStream stream;

    CopyingResponse(HttpServletResponse response, int limit) {
        super(response);
        this.limit = limit;
    }

    /** Whether all of the body went through the stream and fitted the copy. */
    boolean copied() {
        return whole;
    }

    byte[] body() {
        return copy.toByteArray();
    }

    /** The headers set, but those of this one sending. */
    List<Map.Entry<String, String>> headers() {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String name : getHeaderNames()) {
            if (!OWN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                getHeaders(name).forEach(value -> headers.add(Map.entry(name, value)));
            }
        }
        return headers;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        // Text written through a writer is not copied: such an answer is not kept.
        whole = false;
        return super.getWriter();
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            stream = new Tee(super.getOutputStream());
        }
        return stream;
    }

    private final class Tee extends ServletOutputStream {

        private final ServletOutputStream out;

        Tee(ServletOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            keep(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            keep(b, off, len);
        }

        private void keep(byte[] b, int off, int len) {
            if (whole && copy.size() + len <= limit) {
                copy.write(b, off, len);
            } else {
                whole = false;
            }
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }

        @Override
        public boolean isReady() {
            return out.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            out.setWriteListener(listener);
        }
    }
}
