package eu.credentialgateway.check.signature;

import com.code_intelligence.jazzer.junit.FuzzTest;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.Notes;
import eu.credentialgateway.adapter.AdapterCatalog;
import eu.credentialgateway.check.CheckProperties;
import eu.credentialgateway.fuzz.FuzzContract;
import eu.credentialgateway.fuzz.Seeds;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes the JWS/JWT parsing and signature checks of the prepare steps: {@code gateway:vcJwt} ({@link VcJwtStage}, a
 * VC-JWT of OB 3.0 / CLR 2.0, the key from the header's jwk or did:key kid) and {@code gateway:jwsSignature}
 * ({@link JwsSignatureStage}, a signed OB 2.0 assertion alone or in an array with its CryptographicKey), both behind
 * {@link JwsHeaderGuard}. For any input each step leaves the body, replaces it, or refuses with specific codes.
 * Inputs without a NUL byte are the body as it is; otherwise they are the header JSON, the payload JSON and the
 * signature bytes (and a key document) separated by NUL bytes, base64url-encoded here into a compact JWS - so the
 * fuzzer mutates the JSON of the header rather than its base64 (with a key document the body is
 * {@code ["<jws>", <key document>]}).
 */
public class JwsFuzzTest {
    private static DefaultCamelContext camel;
    private static VcJwtStage vcJwt;
    private static JwsSignatureStage jwsSignature;

    @BeforeAll
    public static void stages() {
        camel = new DefaultCamelContext();
        vcJwt = new VcJwtStage(CheckProperties.defaults());
        jwsSignature = new JwsSignatureStage(AdapterCatalog.of(Path.of(".")), CheckProperties.defaults());
        run(parts("{\"alg\":\"ES256\"}", "{}", "sig"));
    }

    /** The JWS cases of test-data as they are, and the compact ones also taken apart. */
    public static Stream<Arguments> jwsCases() {
        List<Arguments> seeds = new ArrayList<>(Seeds.cases("openbadges-v2", "openbadges-v3").toList());
        Seeds.cases(JwsFuzzTest::takenApart, "openbadges-v3").filter(a -> ((Named<?>) a.get()[0]).getPayload() != null)
                .map(a -> Arguments.of(Named.of(((Named<?>) a.get()[0]).getName() + " (parts)", ((Named<?>) a.get()[0]).getPayload())))
                .forEach(seeds::add);
        return seeds.stream();
    }

    @MethodSource("jwsCases")
    @FuzzTest(maxDuration = "10s")
    void jwsIsVerifiedOrRefused(byte[] input) {
        run(input);
    }

    public static void run(byte[] input) {
        byte[] body = body(input);
        step(vcJwt, body, "openbadges-v3");
        step(jwsSignature, body, "openbadges-v2");
    }

    private static void step(org.apache.camel.Processor stage, byte[] body, String format) {
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setHeader(GatewayHeaders.FORMAT, format);
        exchange.getMessage().setBody(body);
        try {
            stage.process(exchange);
        } catch (GatewayException refused) {
            FuzzContract.specificRefusal(refused);
            return;
        } catch (Exception e) {
            throw new AssertionError(stage.getClass().getSimpleName() + " failed", e);
        }
        FuzzContract.specificFindings(Notes.of(exchange));
        if (exchange.getMessage().getBody() == null) {
            throw new AssertionError(stage.getClass().getSimpleName() + " left no body");
        }
    }

    private static byte[] body(byte[] input) {
        List<byte[]> parts = split(input);
        if (parts.size() == 1) {
            return input;
        }
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String compact = url.encodeToString(parts.get(0)) + "." + url.encodeToString(parts.get(1)) + "."
                + (parts.size() > 2 ? url.encodeToString(parts.get(2)) : "");
        if (parts.size() > 3) {
            return concat(("[\"" + compact + "\", ").getBytes(StandardCharsets.UTF_8), parts.get(3), "]".getBytes(StandardCharsets.UTF_8));
        }
        return compact.getBytes(StandardCharsets.UTF_8);
    }

    /** A compact JWS seed as its NUL-separated parts; null for anything else. */
    private static byte[] takenApart(byte[] compact) {
        String[] parts = new String(compact, StandardCharsets.UTF_8).strip().split("\\.");
        if (parts.length != 3) {
            return null;
        }
        try {
            Base64.Decoder url = Base64.getUrlDecoder();
            return concat(url.decode(parts[0]), new byte[] {0}, url.decode(parts[1]), new byte[] {0}, url.decode(parts[2]));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static byte[] parts(String... parts) {
        return String.join("\0", parts).getBytes(StandardCharsets.UTF_8);
    }

    private static List<byte[]> split(byte[] input) {
        List<byte[]> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < input.length && parts.size() < 3; i++) {
            if (input[i] == 0) {
                parts.add(Arrays.copyOfRange(input, start, i));
                start = i + 1;
            }
        }
        parts.add(Arrays.copyOfRange(input, start, input.length));
        return parts;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
