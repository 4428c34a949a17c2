package com.lowagie.text.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.EOFException;
import java.nio.ByteBuffer;

import org.junit.jupiter.api.Test;

/** OpenPDF's reader calls, over a buffer, beside what they give over the same bytes in an array. */
class BufferReaderTest {
    private static final byte[] BYTES = {1, 0, 4, 3, (byte) 0xff, (byte) 0xfe, 0x12, 0x34, 0x56, 0x78};

    @Test
    void readsAsOpenPdfsReaderReadsTheSameBytes() throws Exception {
        RandomAccessFileOrArray array = new RandomAccessFileOrArray(BYTES);
        BufferReader buffer = new BufferReader(ByteBuffer.wrap(BYTES).asReadOnlyBuffer());
        for (RandomAccessFileOrArray r : new RandomAccessFileOrArray[] {array, buffer}) {
            assertEquals(10, r.length());
            r.seek(2);
            assertEquals(4, r.readByte());
            assertEquals(3, r.read());
            assertEquals((short) 0xfffe, r.readShort());
            assertEquals(6, r.getFilePointer());
            assertEquals(0x12345678, r.readInt());
            assertEquals(-1, r.read());
            assertEquals(10, r.getFilePointer());
            r.seek(0);
            assertEquals((char) 0x0100, r.readChar());
            byte[] rest = new byte[20];
            assertEquals(8, r.read(rest, 0, 20));
            assertArrayEquals(new byte[] {4, 3, (byte) 0xff, (byte) 0xfe, 0x12, 0x34, 0x56, 0x78},
                    java.util.Arrays.copyOf(rest, 8));
            assertEquals(-1, r.read(rest, 0, 1));
            assertEquals(0, r.read(rest, 0, 0));
            r.seek(8);
            assertThrows(EOFException.class, r::readInt);
        }
    }

    /** The buffer's own position is never moved: a mapping is shared by every reader of the face. */
    @Test
    void leavesTheBuffersPositionAlone() throws Exception {
        ByteBuffer shared = ByteBuffer.wrap(BYTES).asReadOnlyBuffer();
        BufferReader one = new BufferReader(shared);
        BufferReader two = new BufferReader(shared);
        one.seek(6);
        assertEquals(0x12345678, one.readInt());
        assertEquals(1, two.read());
        assertEquals(0, shared.position());
    }
}
