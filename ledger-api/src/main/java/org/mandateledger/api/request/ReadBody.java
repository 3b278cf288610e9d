package org.mandateledger.api.request;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.ByteArrayInputStream;

/**
 * A request body already read into memory, served again as the request's input stream: for the
 * filters that must read a body before the handler does (the API's idempotency fingerprints it; the
 * pages hand a form on with its fields as the body). Read synchronously only.
 */
public final class ReadBody extends ServletInputStream {

    private final ByteArrayInputStream in;

    public ReadBody(byte[] body) {
        this.in = new ByteArrayInputStream(body);
    }

    @Override
    public int read() {
        return in.read();
    }

    @Override
    public int read(byte[] buffer, int off, int len) {
        return in.read(buffer, off, len);
    }

    @Override
    public boolean isFinished() {
        return in.available() == 0;
    }

    @Override
    public boolean isReady() {
        return true;
    }

    @Override
    public void setReadListener(ReadListener listener) {
        throw new UnsupportedOperationException("the body is already read");
    }
}
