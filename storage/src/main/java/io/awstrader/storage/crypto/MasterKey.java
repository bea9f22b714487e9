package io.awstrader.storage.crypto;

import io.awstrader.storage.StorageException;
import io.awstrader.storage.item.Ids;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The 256-bit key that encrypts secrets at rest: from {@code AWSTRADER_MASTER_KEY} (base64 of 32 bytes), else
 * from {@code master.key} in the data folder, which is created on first start with owner-only permissions (0600).
 * Never printed: {@link #toString()} says nothing about the key.
 */
public final class MasterKey {
    /** The environment variable holding the key as base64. */
    public static final String ENV = "AWSTRADER_MASTER_KEY";
    /** The key file's name inside the data folder. */
    public static final String FILE_NAME = "master.key";
    private static final System.Logger LOG = System.getLogger(MasterKey.class.getName());
    private static final int BYTES = 32;

    private final byte[] key;
    private final String source;

    private MasterKey(byte[] key, String source) {
        if (key.length != BYTES) {
            throw new IllegalArgumentException("master key must be " + BYTES + " bytes (AES-256), got " + key.length);
        }
        this.key = key.clone();
        this.source = source;
    }

    /** A key from raw bytes (tests, or a key fetched from a secrets service). */
    public static MasterKey of(byte[] key) {
        return new MasterKey(key, "given bytes");
    }

    /** A fresh random key (tests). */
    public static MasterKey random() {
        return new MasterKey(Ids.randomBytes(BYTES), "random");
    }

    /** The key from the environment variable if set, else the data folder's key file (created when missing). */
    public static MasterKey load(Path dataDir, Map<String, String> env) {
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new MasterKey(decode(fromEnv.trim(), ENV), ENV);
        }
        if (dataDir == null) {
            throw new IllegalArgumentException("no master key: set " + ENV + " or give a data folder");
        }
        return fromFile(dataDir.resolve(FILE_NAME));
    }

    /** The key in {@code file}, generating it (0600) if the file does not exist. */
    public static MasterKey fromFile(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (!Files.exists(file)) {
                try {
                    create(file);
                    LOG.log(System.Logger.Level.INFO, "created a new master key in " + file
                            + "; back it up: without it stored exchange credentials cannot be decrypted");
                } catch (FileAlreadyExistsException raced) {
                    // another process created it first: read theirs
                }
            }
            tightenPermissions(file);
            String text = Files.readString(file, StandardCharsets.US_ASCII).trim();
            return new MasterKey(decode(text, "master key file " + file), file.toString());
        } catch (IOException e) {
            throw new StorageException("cannot read or create the master key file " + file + ": " + e.getMessage(), e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] fresh = Ids.randomBytes(BYTES);
        byte[] text = Base64.getEncoder().encode(fresh);
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] attributes = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
        // CREATE_NEW with the permissions as a creation attribute: the file is never readable by others, not even briefly
        Files.write(Files.createFile(file, attributes), text, StandardOpenOption.WRITE);
        Arrays.fill(fresh, (byte) 0);
    }

    private static void tightenPermissions(Path file) throws IOException {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
        if (!ownerOnly.containsAll(permissions)) {
            LOG.log(System.Logger.Level.WARNING, "master key file " + file + " was readable by others; set it to 0600");
            Files.setPosixFilePermissions(file, ownerOnly);
        }
    }

    private static byte[] decode(String base64, String where) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            // never echo the value
            throw new IllegalArgumentException(where + " is not valid base64");
        }
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException(where + " must hold " + BYTES + " bytes as base64, got " + bytes.length
                    + " bytes (generate one with: openssl rand -base64 32)");
        }
        return bytes;
    }

    SecretKey secretKey() {
        return new SecretKeySpec(key, "AES");
    }

    /** Where the key came from (the variable's name or the file's path), for the startup log. */
    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return "MasterKey[from " + source + "]";
    }
}
