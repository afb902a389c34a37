package eu.credentialgateway.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.credentialgateway.GatewayDataFolders;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Requests Tomcat refuses itself, sent byte for byte over a socket to the real server: the answer is a problem
 * document with a code (the wallet's in OAuth's shape), never Tomcat's HTML page, and echoes nothing of the request.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TomcatErrorProblemsTest {
    static final Path data = Path.of("target", "tomcat-errors", UUID.randomUUID().toString());
    static final ObjectMapper JSON = new ObjectMapper();
    /** Over Tomcat's default 8 KB for the request line and headers. */
    static final String LONG_TOKEN = "Zq" + "7".repeat(10_000);

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        GatewayDataFolders.register(registry, data, "tomcat-errors");
    }

    @LocalServerPort
    int port;

    /** The status line, headers and body of one raw HTTP/1.1 request. */
    record Answer(int status, String head, String body) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    Answer send(String requestLineAndHeaders) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write((requestLineAndHeaders + "Host: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = text.substring(0, split);
            String body = text.substring(split + 4);
            if (head.toLowerCase().contains("transfer-encoding: chunked")) {
                body = body.substring(body.indexOf("\r\n") + 2, body.lastIndexOf("}") + 1);
            }
            return new Answer(Integer.parseInt(head.substring(9, 12)), head, body);
        }
    }

    static void assertProblem(Answer answer, String code, String... notEchoed) throws IOException {
        assertThat(answer.status()).as(answer.head()).isEqualTo(400);
        assertThat(answer.head().toLowerCase()).contains("content-type: application/problem+json");
        assertThat(answer.json().path("code").asText()).as(answer.body()).isEqualTo(code);
        assertThat(answer.json().path("status").asInt()).isEqualTo(400);
        assertThat(answer.body()).doesNotContain("Tomcat", "<html", "Exception", "at org.");
        for (String echo : notEchoed) {
            assertThat(answer.body()).doesNotContain(echo);
        }
    }

    @Test
    void anEncodedSlashInThePathIsABadRequestProblem() throws IOException {
        assertProblem(send("GET /api/v1/batches/..%2F..%2Fetc%2Fpasswd HTTP/1.1\r\n"), "bad-request", "passwd", "%2F");
    }

    @Test
    void anEncodedNulInThePathIsABadRequestProblem() throws IOException {
        assertProblem(send("GET /api/v1/inputs/%00 HTTP/1.1\r\n"), "bad-request", "%00");
    }

    @Test
    void headersOverTheLimitAreAHeaderTooLargeProblem() throws IOException {
        assertProblem(send("GET /api/v1/batches HTTP/1.1\r\nAuthorization: Bearer " + LONG_TOKEN + "\r\n"),
                "header-too-large", "Zq77");
    }

    @Test
    void headersOverTheLimitOfAWalletEndpointAreAnOAuthInvalidRequest() throws IOException {
        Answer answer = send("POST /api/v1/wallet/credential HTTP/1.1\r\nAuthorization: Bearer " + LONG_TOKEN
                + "\r\nContent-Type: application/json\r\nContent-Length: 2\r\n");
        assertThat(answer.status()).as(answer.head()).isEqualTo(400);
        assertThat(answer.head().toLowerCase()).contains("content-type: application/json");
        assertThat(answer.json().path("error").asText()).as(answer.body()).isEqualTo("invalid_request");
        assertThat(answer.body()).doesNotContain("Zq77", "Exception");
    }

    @Test
    void aGoodRequestStillReachesTheGateway() throws IOException {
        Answer answer = send("GET /api/v1/batches/00000000-0000-4000-8000-000000000000 HTTP/1.1\r\nX-API-Key: "
                + GatewayDataFolders.adminKey(data) + "\r\n");
        assertThat(answer.status()).as(answer.body()).isEqualTo(404);
        assertThat(answer.json().path("code").asText()).isEqualTo("batch-not-found");
    }
}
