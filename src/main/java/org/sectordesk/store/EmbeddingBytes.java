package org.sectordesk.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** A float vector as the bytes of a BLOB column: little-endian float32. */
final class EmbeddingBytes {
  private EmbeddingBytes() {}

  static byte[] toBytes(float[] v) {
    ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    b.asFloatBuffer().put(v);
    return b.array();
  }

  static float[] fromBytes(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      return null;
    }
    if (bytes.length % 4 != 0) {
      throw new StoreException("a stored embedding has " + bytes.length + " bytes, not a whole number of float32 values", null);
    }
    float[] v = new float[bytes.length / 4];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
    return v;
  }
}
