package io.awstrader.adapters.kraken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.awstrader.adapters.stub.Fixtures;
import org.junit.jupiter.api.Test;

/** Kraken's API-Sign against the official test vector of docs.kraken.com (fixtures/kraken/_auth_signing.json). */
class KrakenSigningTest {

    @Test
    void officialVectorSignsExactly() {
        JsonNode v = Fixtures.file("kraken/_auth_signing.json").get("test_vector");
        String signature = KrakenApi.sign(v.get("uri_path").asText(), v.get("nonce").asText(),
                v.get("encoded_payload").asText(), v.get("private_key").asText());
        assertEquals(v.get("expected_API_Sign").asText(), signature);
        assertEquals("4/dpxb3iT4tp/ZCVEwSnEsLxx0bqyhLpdfOpc6fn7OR8+UClSV5n9E6aSS8MPtnRfp32bAb0nmbRn6H8ndwLUQ==",
                signature);
    }

    @Test
    void anyChangeOfPathNonceOrBodyChangesTheSignature() {
        JsonNode v = Fixtures.file("kraken/_auth_signing.json").get("test_vector");
        String good = v.get("expected_API_Sign").asText();
        String key = v.get("private_key").asText();
        String body = v.get("encoded_payload").asText();
        assertNotEquals(good, KrakenApi.sign("/0/private/Balance", "1616492376594", body, key));
        assertNotEquals(good, KrakenApi.sign("/0/private/AddOrder", "1616492376595", body, key));
        assertNotEquals(good, KrakenApi.sign("/0/private/AddOrder", "1616492376594", body + "&x=1", key));
    }
}
