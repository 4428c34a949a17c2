package com.lowagie.text.pdf;

import java.nio.ByteBuffer;

/**
 * OpenPDF's reader over a buffer (a CFF table mapped from its file), for OpenPDF's CFF parser, which
 * reads only through {@code read}, {@code seek} and {@code getFilePointer}. The buffer is read with
 * absolute gets: its position is never moved, so one buffer serves every reader at once.
 */
final class BufferReader extends RandomAccessFileOrArray {
    private final ByteBuffer buffer;
    private int at;

    BufferReader(ByteBuffer buffer) {
        super(new byte[0]);
        this.buffer = buffer;
    }

    @Override
    public int read() {
        return at < buffer.limit() ? buffer.get(at++) & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        if (at >= buffer.limit()) {
            return -1;
        }
        int n = Math.min(len, buffer.limit() - at);
        buffer.get(at, b, off, n);
        at += n;
        return n;
    }

    @Override
    public void pushBack(byte b) {
        at--; // the byte just read, which is still where it was
    }

    @Override
    public void seek(int pos) {
        at = pos;
    }

    @Override
    public void seek(long pos) {
        at = Math.toIntExact(pos);
    }

    @Override
    public int getFilePointer() {
        return at;
    }

    @Override
    public int length() {
        return buffer.limit();
    }

    @Override
    public void reOpen() {
        at = 0;
    }

    @Override
    public boolean isOpen() {
        return true;
    }

    @Override
    public void close() {
        // a mapping is released with the buffer, not by its readers
    }
}
