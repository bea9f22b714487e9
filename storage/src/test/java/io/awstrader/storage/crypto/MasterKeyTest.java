package io.awstrader.storage.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterKeyTest {
    @TempDir
    Path dataDir;

    private static final byte[] AD = "account\nEXCHANGE#x".getBytes(StandardCharsets.UTF_8);

    @Test
    void keyFileIsCreatedOwnerOnlyAndReusedOnTheNextStart() throws Exception {
        MasterKey first = MasterKey.load(dataDir.resolve("nested"), Map.of());
        Path file = dataDir.resolve("nested").resolve(MasterKey.FILE_NAME);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(32, Base64.getDecoder().decode(Files.readString(file).trim()).length);
        byte[] sealed = new SecretBox(first).seal("secret".getBytes(StandardCharsets.UTF_8), AD);
        MasterKey again = MasterKey.load(dataDir.resolve("nested"), Map.of());
        assertArrayEquals("secret".getBytes(StandardCharsets.UTF_8), new SecretBox(again).open(sealed, AD));
        assertFalse(first.toString().contains(Files.readString(file).trim()));
    }

    @Test
    void looseKeyFilePermissionsAreTightened() throws Exception {
        MasterKey.load(dataDir, Map.of());
        Path file = dataDir.resolve(MasterKey.FILE_NAME);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        MasterKey.load(dataDir, Map.of());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void environmentKeyWinsAndBadValuesAreNotEchoed() {
        byte[] raw = new byte[32];
        raw[0] = 7;
        String base64 = Base64.getEncoder().encodeToString(raw);
        MasterKey fromEnv = MasterKey.load(dataDir, Map.of(MasterKey.ENV, base64));
        assertEquals(MasterKey.ENV, fromEnv.source());
        assertFalse(Files.exists(dataDir.resolve(MasterKey.FILE_NAME)), "no key file when the variable is set");
        byte[] sealed = new SecretBox(fromEnv).seal(new byte[] {1, 2}, AD);
        assertArrayEquals(new byte[] {1, 2}, new SecretBox(MasterKey.of(raw)).open(sealed, AD));

        String shortKey = Base64.getEncoder().encodeToString("sixteen-byte-key".getBytes(StandardCharsets.UTF_8));
        IllegalArgumentException tooShort = assertThrows(IllegalArgumentException.class,
                () -> MasterKey.load(dataDir, Map.of(MasterKey.ENV, shortKey)));
        assertFalse(tooShort.getMessage().contains(shortKey));
        IllegalArgumentException notBase64 = assertThrows(IllegalArgumentException.class,
                () -> MasterKey.load(dataDir, Map.of(MasterKey.ENV, "not*base64!secret")));
        assertFalse(notBase64.getMessage().contains("secret"));
    }

    @Test
    void secretBoxBindsAssociatedDataAndRefusesGarbage() {
        SecretBox box = new SecretBox(MasterKey.random());
        byte[] plain = "api-secret".getBytes(StandardCharsets.UTF_8);
        byte[] one = box.seal(plain, AD);
        byte[] two = box.seal(plain, AD);
        assertFalse(java.util.Arrays.equals(one, two), "fresh nonce per seal");
        assertThrows(DecryptionException.class, () -> box.open(one, "other\nEXCHANGE#x".getBytes(StandardCharsets.UTF_8)));
        assertThrows(DecryptionException.class, () -> box.open(new byte[5], AD));
        assertTrue(one.length == 1 + 12 + plain.length + 16);
    }
}
