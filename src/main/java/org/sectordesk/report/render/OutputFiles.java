package org.sectordesk.report.render;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * How every rendered file reaches the disk: written to a temporary file in the target folder and moved into
 * place in one step, so a reader never sees half a report and a crash leaves the old file; and never through
 * a symbolic link, so a link planted under a report's name cannot redirect the write to another file.
 */
public final class OutputFiles {
  private OutputFiles() {}

  /** Creates the output folder (and its parents); a clear error when the path is a file or cannot be made. */
  public static Path folder(Path dir) throws IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new IOException("cannot create the output folder " + dir + ": a file of that name exists (give --out a folder)");
    }
    try {
      Files.createDirectories(dir);
    } catch (FileAlreadyExistsException e) {
      throw new IOException("cannot create the output folder " + dir + ": " + e.getFile()
          + " is a file, not a folder", e);
    } catch (IOException e) {
      throw new IOException("cannot create the output folder " + dir + ": " + reason(e), e);
    }
    return dir;
  }

  /** Writes the bytes to {@code target} atomically; refuses a target that is a symbolic link or a folder. */
  public static void write(Path target, byte[] bytes) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    if (Files.isSymbolicLink(target)) {
      throw new IOException("refusing to write " + target + ": it is a symbolic link (to "
          + Files.readSymbolicLink(target) + "); remove the link and run again");
    }
    if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException("cannot write " + target + ": a folder of that name exists");
    }
    folder(dir);
    Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    try {
      Files.write(tmp, bytes);
      shareable(tmp, target);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * A temporary file is created readable by its owner only; a report is meant to be shared, so the file gets the
   * permissions of the file it replaces, or rw-r--r-- when it is new.
   */
  private static void shareable(Path tmp, Path target) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    view.setPermissions(Files.exists(target, LinkOption.NOFOLLOW_LINKS)
        ? Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS)
        : PosixFilePermissions.fromString("rw-r--r--"));
  }

  private static String reason(IOException e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
