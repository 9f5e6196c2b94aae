package org.sectordesk.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The web desk's access token: generated once ({@code desk serve --new-token}), shown once, and stored in the
 * workspace only as its SHA-256 hash ({@value #FILE}).
 */
public final class Tokens {
  public static final String FILE = "web-token.sha256";
  private static final SecureRandom RANDOM = new SecureRandom();

  private Tokens() {}

  /** A new random token (256 bits, URL-safe Base64); its hash replaces any earlier one in the workspace. */
  public static String create(Path workspaceDir) {
    String token = random();
    try {
      Files.writeString(workspaceDir.resolve(FILE), hash(token) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + workspaceDir.resolve(FILE), e);
    }
    return token;
  }

  /** The stored hash, or null when no token was ever made. */
  public static String storedHash(Path workspaceDir) {
    Path f = workspaceDir.resolve(FILE);
    try {
      return Files.isRegularFile(f) ? Files.readString(f, StandardCharsets.UTF_8).trim() : null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + f, e);
    }
  }

  static String random() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Constant-time comparison of a presented token with the stored hash. */
  static boolean matches(String presented, String storedHash) {
    if (presented == null || storedHash == null) {
      return false;
    }
    return MessageDigest.isEqual(hash(presented).getBytes(StandardCharsets.UTF_8), storedHash.getBytes(StandardCharsets.UTF_8));
  }
}
